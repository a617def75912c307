// --output FILE: the plan saved there in --format, without asking (a failure ends the run, as for
// a piped run). With standard output sent to a file or a pipe (FILE is "-"), the plan goes there.
import { saveFileAtomic } from '../../io/save.js';
import { renderPlan } from '../../render/index.js';
import { go, screen, STDOUT, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'export'>;

export const next = (s: State): ScreenState =>
  go(
    s,
    { screen: 'again' },
    s.file === STDOUT
      ? { kind: 'message', id: 'terminal.save.printed' }
      : { kind: 'message', id: 'terminal.save.saved', params: { name: s.file } },
  );

export const exportPlan = screen<State, void>({
  async show(s, t) {
    const text = renderPlan(s.plan, s.format, { width: 80 });
    if (s.file === STDOUT) t.planOut.write(text);
    else saveFileAtomic(s.file, text);
  },
  next,
});
