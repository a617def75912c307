// The plan, drawn for the terminal; then what it offers (after-plan.ts).
import { renderPlanScreen } from '../../render/screen.js';
import { afterPlan } from './after-plan.js';
import { screen, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'plan'>;

// What follows is what the plan offers (after-plan.ts): a check-in's date, practice, saving.
const next = ({ plan, ...s }: State, _: void, setup: Setup): ScreenState => afterPlan(s, plan, setup);

export const plan = screen<State, void>({
  async show(s, t) {
    t.say();
    t.say(renderPlanScreen(s.plan, t.look, t.io.stdout.rows));
  },
  next,
});
