// The plan, drawn for the terminal; then the choice of what next (plan-menu.ts).
import { renderPlanScreen } from '../../render/screen.js';
import { go, screen, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'plan'>;

// Then a choice: read more of it in the session, or go on to what it offers (after-plan.ts).
const next = ({ plan, ...s }: State): ScreenState => go(s, { screen: 'plan-menu', plan });

export const plan = screen<State, void>({
  async show(s, t) {
    t.say();
    t.say(renderPlanScreen(s.plan, t.look, t.io.stdout.rows));
  },
  next,
});
