// Writing the plan as Markdown: atomically, mode 0600, and never over a file the person did not
// agree to replace (even one that appeared since they were asked).
import { TalkcoachError } from '../../errors.js';
import { saveFileAtomic } from '../../io/save.js';
import { renderPlanMarkdown } from '../../render/markdown.js';
import { careful } from './after-plan.js';
import { go, screen, type Events, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'save-write'>;
type Written = Events['save-write'];

const next = ({ plan, file, ...s }: State, written: Written): ScreenState =>
  'saved' in written
    ? go(
        s,
        { screen: 'again' },
        {
          kind: 'message',
          id: careful(plan) ? 'terminal.save.savedCareful' : 'terminal.save.saved',
          params: { name: file },
        },
      )
    : go(s, { screen: 'save-retry', plan }, { kind: 'message', id: 'terminal.save.failed', params: written });

export const saveWrite = screen<State, Written>({
  async show(s, _t, setup) {
    try {
      // The whole plan, dated; the answers stay out (they can hold private details), and so do the
      // safety-plan details unless asked for (--with-safety-details).
      const now = new Date();
      const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
        .map((n) => String(n).padStart(2, '0'))
        .join('-');
      saveFileAtomic(
        s.file,
        renderPlanMarkdown(s.plan, { full: true, date, leaveOutPrivate: setup.withSafetyDetails !== true }),
        { overwrite: s.overwrite },
      );
      return { saved: true };
    } catch (e) {
      if (!(e instanceof TalkcoachError)) throw e;
      return { reason: e.message };
    }
  },
  next,
});
