// --output FILE: the plan saved there in --format (a failure ends the run, as for a piped run). A
// file that exists, such as the plan of the session before "start again", is replaced only if the
// person says so, or with --force. With standard output sent to a file or a pipe (FILE is "-"), the
// plan goes there. A file leaves out the safety-plan details unless --with-safety-details; standard
// output is not a file talkcoach keeps, and has the whole plan.
import { existsSync } from 'node:fs';
import { msg } from '../../messages/index.js';
import { saveFileAtomic } from '../../io/save.js';
import { renderPlan } from '../../render/index.js';
import { careful } from './after-plan.js';
import { go, screen, STDOUT, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'export'>;

const next = (s: State, written: boolean): ScreenState =>
  go(
    s,
    { screen: 'again' },
    !written
      ? { kind: 'message', id: 'terminal.save.kept', params: { name: s.file } }
      : s.file === STDOUT
        ? { kind: 'message', id: 'terminal.save.printed' }
        : {
            kind: 'message',
            id: careful(s.plan) ? 'terminal.save.savedCareful' : 'terminal.save.saved',
            params: { name: s.file },
          },
  );

export const exportPlan = screen<State, boolean>({
  async show(s, t, setup) {
    if (s.file === STDOUT) {
      t.planOut.write(renderPlan(s.plan, s.format, { width: 80 }));
      return true;
    }
    const text = renderPlan(s.plan, s.format, { width: 80, leaveOutPrivate: setup.withSafetyDetails !== true });
    const replace =
      existsSync(s.file) && (s.force || (await t.confirm(msg('terminal.save.replace', { name: s.file }))));
    if (existsSync(s.file) && !replace) return false;
    // Without a yes, link() refuses a name taken since the check.
    saveFileAtomic(s.file, text, { overwrite: replace });
    return true;
  },
  next,
});
