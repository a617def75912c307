// The interactive coach as a state machine of screens. A state says which screen is showing and
// what it needs; each screen draws itself and waits for the person (`show`, on the terminal), then
// `next` (pure) says where that leads. A new flow (practice, a check-in) adds states and screens.
import type { CheckinDate } from '../../engine/checkin.js';
import type { Plan, PlanPoint, StartOptions, Step } from '../../engine/types.js';
import type { CheckinSetup } from './checkin-types.js';
import type { MessageId, Params } from '../../messages/index.js';
import type { Format } from '../../render/index.js';
import type { Scenario } from '../../engine/model.js';
import type { Found } from '../plan-file.js';
import type { Previous, Reply } from '../question-prompt.js';
import type { Terminal } from '../terminal.js';
import type { LineEvent, PracticeRun, PracticeSource } from './practice-types.js';

/** A step of the engine that waits for an answer. */
type Asking = Extract<Step, { done: false }>;

/** What was answered at each node before going back or asking for crisis help, to show again. */
export type Remembered = ReadonlyMap<string, Previous>;

/** Something said on the way between screens, drawn before the next one. */
export type Notice =
  | { kind: 'message'; id: MessageId; params?: Params; dim?: boolean }
  /** "✔ question answer", or "✔ title" for a choice of the coach's own. */
  | { kind: 'done'; text: string; answer?: string }
  | { kind: 'back' }
  | { kind: 'blank' };

/** What every state carries: the plans made so far, and what to say before the screen. */
interface Base {
  plans: readonly Plan[];
  notices?: readonly Notice[];
}

export type ScreenState = Base &
  (
    | { screen: 'welcome' }
    /** `chosen`: the situation to put the cursor on (the one left with Esc from its first question). */
    | { screen: 'picker'; chosen?: number }
    /** `total`: the "about" total said for this question (progress.ts: it never goes down in a run). */
    | { screen: 'question'; scenario: Scenario; step: Asking; before: Remembered; arrived: boolean; total: number }
    /** Crisis help, then back to `then` (the question or the picker it was asked from). */
    | { screen: 'crisis'; then: ScreenState }
    /** Where the person is, asked once when numbers first matter and the locale names no country; then `then`. */
    | { screen: 'region'; then: ScreenState }
    /** The offer to remember the region chosen (`code`) for next time; then `then`. */
    | { screen: 'region-keep'; code: string; then: ScreenState }
    | { screen: 'plan'; plan: Plan }
    /** After the plan: go on, or read the rest of it (`view` 'more') or all of it again, then back here. */
    | { screen: 'plan-menu'; plan: Plan; view?: 'more' | 'again' }
    /** --output: saved where asked, without asking. */
    | { screen: 'export'; plan: Plan; file: string; format: Format; force?: boolean }
    | { screen: 'save'; plan: Plan }
    | { screen: 'save-name'; plan: Plan }
    | { screen: 'save-replace'; plan: Plan; file: string }
    | { screen: 'save-write'; plan: Plan; file: string; overwrite: boolean }
    | { screen: 'save-retry'; plan: Plan }
    | { screen: 'again' }
    /** Practice (issue 15): offered after a plan, or started by `talkcoach practice`. */
    | { screen: 'practice-offer'; plan: Plan }
    | { screen: 'practice-line'; run: PracticeRun }
    | { screen: 'practice-typed'; run: PracticeRun }
    | { screen: 'practice-feedback'; run: PracticeRun }
    | { screen: 'practice-summary'; run: PracticeRun }
    /** The check-in (talkcoach checkin): the date, then a reminder; `plan` carries the date once chosen. */
    | { screen: 'checkin-date'; plan: Plan }
    | { screen: 'checkin-calendar'; plan: Plan; when: CheckinDate }
    | { screen: 'done' }
  );

export type ScreenName = Exclude<ScreenState['screen'], 'done'>;

/** What the person did on each screen (or what the screen's work came to): the input of `next`. */
export interface Events {
  welcome: void;
  /** The index of the chosen scenario in `setup.choices`, or crisis help. */
  picker: { index: number } | { crisis: true };
  question: Reply;
  crisis: void;
  /** The region chosen (a code), or null for somewhere else. */
  region: string | null;
  /** Kept (where), not kept (why), or not wanted. */
  'region-keep': { file: string } | { reason: string } | false;
  plan: void;
  'plan-menu': 'on' | 'more' | 'again' | 'crisis';
  /** false when the file existed and the person kept it. */
  export: boolean;
  save: boolean;
  'save-name': { file: string; found: Found };
  'save-replace': boolean;
  /** Saved, or why not (said to the person, who may try another name). */
  'save-write': { saved: true } | { reason: string };
  'save-retry': boolean;
  again: boolean;
  /** Yes (the practice, loaded), or no. */
  'practice-offer': { run: PracticeRun } | false;
  'practice-line': LineEvent;
  /** The words typed, or back to the replies, or crisis help. */
  'practice-typed': { text: string } | { back: true } | { crisis: true };
  'practice-feedback': { crisis: true } | void;
  /** Whether to add the lines to the plan (asked only when there is one), or crisis help. */
  'practice-summary': { keep: boolean } | { crisis: true };
  'checkin-date': CheckinDate;
  /** What was saved or kept, to say. */
  'checkin-calendar': Notice[];
}
export type StateOf<N extends ScreenState['screen']> = Extract<ScreenState, { screen: N }>;

/** The file name that stands for standard output (sent to a file or a pipe while the questions are on the terminal). */
export const STDOUT = '-';

/** What the whole run is given: read by `next` (pure data) and by `show` (the loaders). */
export interface Setup {
  /** The scenario named on the command line; without one, the picker offers `choices`. */
  scenario?: Scenario;
  choices: readonly Scenario[];
  start: StartOptions;
  /** --output FILE (in --format): save there instead of offering to save; STDOUT for standard output. */
  output?: { file: string; format: Format; force?: boolean };
  /** --with-safety-details: a saved file keeps the safety-plan details (private points). */
  withSafetyDetails?: boolean;
  /** What to do now, shown under the crisis lines. */
  crisisSteps: () => Promise<PlanPoint[]>;
  /** What to do now for the user themselves, shown beside `crisisSteps` where it is not known who is
   * struggling (the list of situations, practice). A scenario may name its own (`crisis-help`). */
  selfSteps?: () => Promise<PlanPoint[]>;
  /** Practice after a plan (and for `talkcoach practice`); absent, it is not offered. */
  practice?: PracticeSource;
  /** talkcoach checkin: after the plan, the date and the reminder. */
  checkin?: CheckinSetup;
  /** The locale names no country: ask where the person is, once, when numbers first matter. The
   * region screen sets `asked` and puts the region's lines in `start` for the rest of the session;
   * `offer`: the region chosen, still to be offered to keep for next time (region-keep.ts). */
  askRegion?: { asked: boolean; offer?: string };
}

export interface Screen<S extends ScreenState, E> {
  /** Draws the screen and waits for the person (or does what the screen stands for): the event. */
  show: (state: S, t: Terminal, setup: Setup) => Promise<E>;
  /** Where the event leads. Pure: no terminal, no files. */
  next: (state: S, event: E, setup: Setup) => ScreenState;
}

/** A screen the driver can run without knowing its event type. */
export interface Runnable<S extends ScreenState> {
  run: (state: S, t: Terminal, setup: Setup) => Promise<ScreenState>;
}

export const screen = <S extends ScreenState, E>(s: Screen<S, E>): Screen<S, E> & Runnable<S> => ({
  ...s,
  run: async (state, t, setup) => s.next(state, await s.show(state, t, setup), setup),
});

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A state without what every state carries. */
export type Bare = DistributiveOmit<ScreenState, keyof Base>;

/** The next state: `to`, with the plans made so far, and `notices` to say before it (only these). */
export const go = (from: Base, to: Bare, ...notices: Notice[]): ScreenState => ({ ...to, plans: from.plans, notices });
