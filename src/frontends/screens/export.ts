// --output FILE: the plan saved there in --format, without asking (a failure ends the run, as for
// a piped run).
import { saveFileAtomic } from '../../io/save.js';
import { renderPlan } from '../../render/index.js';
import { go, screen, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'export'>;

export const next = (s: State): ScreenState =>
  go(s, { screen: 'again' }, { kind: 'message', id: 'terminal.save.saved', params: { name: s.file } });

export const exportPlan = screen<State, void>({
  async show(s) {
    saveFileAtomic(s.file, renderPlan(s.plan, s.format, { width: 80 }));
  },
  next,
});
