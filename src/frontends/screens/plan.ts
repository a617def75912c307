// The plan, drawn for the terminal; then saved where --output says, or offered to save.
import { renderPlanScreen } from '../../render/screen.js';
import { go, screen, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'plan'>;

// A check-in goes on to its date; with practice on offer, the offer comes first (then saving, as without).
export const next = ({ plan, ...s }: State, _: void, setup: Setup): ScreenState =>
  setup.checkin
    ? go(s, { screen: 'checkin-date', plan })
    : setup.practice
      ? go(s, { screen: 'practice-offer', plan })
      : go(s, setup.output ? { screen: 'export', plan, ...setup.output } : { screen: 'save', plan });

export const plan = screen<State, void>({
  async show(s, t) {
    t.say();
    t.say(renderPlanScreen(s.plan, t.look, t.io.stdout.rows));
  },
  next,
});
