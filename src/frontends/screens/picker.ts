// Which situation is closest: the scenarios that load, with crisis help as the last choice.
import { stripUnsafe } from '../../engine/typed.js';
import { CRISIS } from '../question-prompt.js';
import { msg } from '../../messages/index.js';
import { begin } from './question.js';
import { go, screen, type Events, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'picker'>;
type Picked = Events['picker'];

function next(s: State, picked: Picked, setup: Setup): ScreenState {
  const scenario = 'index' in picked ? setup.choices[picked.index] : undefined;
  if (!scenario) return go(s, { screen: 'crisis', then: { ...s, notices: [] } });
  return begin(s, scenario, setup, { kind: 'done', text: scenario.title });
}

export const picker = screen<State, Picked>({
  async show(s, t, setup) {
    const chosen = await t.choose(
      msg('terminal.picker.ask'),
      setup.choices.map((c, i) => ({
        value: String(i),
        name: stripUnsafe(c.title),
        description: stripUnsafe(c.summary),
      })),
      s.chosen === undefined ? undefined : String(s.chosen),
    );
    return chosen === CRISIS ? { crisis: true } : { index: Number(chosen) };
  },
  next,
});
