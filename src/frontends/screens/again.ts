// After the plan: start again with new answers (the same scenario, or the picker), or finish.
import { msg } from '../../messages/index.js';
import { begin } from './question.js';
import { go, screen, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'again'>;

function next(s: State, yes: boolean, setup: Setup): ScreenState {
  if (!yes) return go(s, { screen: 'done' }, { kind: 'message', id: 'terminal.again.farewell', dim: true });
  const blank = { kind: 'blank' } as const;
  return setup.scenario ? begin(s, setup.scenario, setup, blank) : go(s, { screen: 'picker' }, blank);
}

export const again = screen<State, boolean>({
  show: (_s, t) => t.confirm(msg('terminal.again.ask')),
  next,
});
