// Every screen of the interactive coach, by the name its state carries. A new screen (practice, a
// check-in) is a state and its event in types.ts, a file here, and one line in SCREENS.
import { again } from './again.js';
import { checkinCalendar } from './checkin-calendar.js';
import { checkinDateScreen } from './checkin-date.js';
import { crisis } from './crisis.js';
import { exportPlan } from './export.js';
import { picker } from './picker.js';
import { plan } from './plan.js';
import { planMenu } from './plan-menu.js';
import { practiceFeedback } from './practice-feedback.js';
import { practiceLine } from './practice-line.js';
import { practiceOffer } from './practice-offer.js';
import { practiceSummary } from './practice-summary.js';
import { practiceTyped } from './practice-typed.js';
import { question } from './question.js';
import { region } from './region.js';
import { regionKeep } from './region-keep.js';
import { save, saveName, saveReplace, saveRetry, saveWrite } from './save.js';
import type { Terminal } from '../terminal.js';
import type { Events, Runnable, Screen, ScreenName, ScreenState, Setup, StateOf } from './types.js';
import { welcome } from './welcome.js';

export const SCREENS: { readonly [N in ScreenName]: Screen<StateOf<N>, Events[N]> & Runnable<StateOf<N>> } = {
  welcome,
  picker,
  question,
  crisis,
  region,
  'region-keep': regionKeep,
  plan,
  'plan-menu': planMenu,
  export: exportPlan,
  save,
  'save-name': saveName,
  'save-replace': saveReplace,
  'save-write': saveWrite,
  'save-retry': saveRetry,
  again,
  'practice-offer': practiceOffer,
  'practice-line': practiceLine,
  'practice-typed': practiceTyped,
  'practice-feedback': practiceFeedback,
  'practice-summary': practiceSummary,
  'checkin-date': checkinDateScreen,
  'checkin-calendar': checkinCalendar,
};

type Showing = Exclude<ScreenState, { screen: 'done' }>;

// SCREENS has the screen for each name; TypeScript cannot pair a state's name with its screen by itself.
const screenOf = (state: Showing) => SCREENS[state.screen] as unknown as Screen<Showing, unknown> & Runnable<Showing>;

/** Pure: where `event` on the screen `state` shows leads. */
export const next = <N extends ScreenName>(state: StateOf<N>, event: Events[N], setup: Setup): ScreenState =>
  screenOf(state as Showing).next(state as Showing, event, setup);

/** Shows the screen for `state` on the terminal and waits for the person; the next state. */
export const show = (state: Showing, t: Terminal, setup: Setup): Promise<ScreenState> =>
  screenOf(state).run(state, t, setup);
