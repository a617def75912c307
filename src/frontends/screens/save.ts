// The offer to keep the plan as a Markdown file. Nothing is written unless the person says yes. After
// fear or not saying, a warning comes first (anyone who uses this computer could find the file), and
// not saving is the easy answer: Enter alone says no.
import { msg } from '../../messages/index.js';
import type { Terminal } from '../terminal.js';
import { careful } from './after-plan.js';
import { go, screen, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'save'>;

const next = ({ plan, ...s }: State, yes: boolean): ScreenState =>
  yes
    ? go(s, { screen: 'save-name', plan })
    : go(
        s,
        { screen: 'again' },
        { kind: 'message', id: careful(plan) ? 'terminal.save.declinedCareful' : 'terminal.save.declined' },
      );

/** The warning before a careful save, with the line worth keeping instead of the file. */
function warn(s: State, t: Terminal): void {
  const line = s.plan.crisis.abuse?.[0];
  t.say();
  t.tell(msg('terminal.save.warn'), t.look.paint.safety);
  t.tell(msg('terminal.save.warnKeep'));
  if (line) t.tell(msg('terminal.save.warnLine', { name: line.name, how: line.how }), t.look.paint.bold);
}

export const save = screen<State, boolean>({
  async show(s, t) {
    if (!careful(s.plan)) return t.confirm(msg('terminal.save.offer'));
    warn(s, t);
    return t.confirm(msg('terminal.save.offerCareful'), false);
  },
  next,
});
