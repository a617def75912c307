// What the practice screens carry from one to the next (see types.ts for the states themselves).
import type { PracticeInput, PracticeState } from '../../engine/practice/session.js';
import type { Plan } from '../../engine/types.js';

export interface PracticeRun {
  input: PracticeInput;
  state: PracticeState;
  /** The loved one's name (or how the scenario calls them), for the screens' words. */
  name: string;
  /** The plan practised after, which the lines worth keeping can be added to. */
  plan?: Plan;
}

/** Where the practice comes from: loaded when the person says yes (the files are YAML). */
export interface PracticeSource {
  /** The practice for the plan just made (its reasons and the name typed), or for no plan. */
  load: (plan?: Plan) => Promise<{ input: PracticeInput; name: string; reasons: readonly string[] }>;
  /** The order the replies are offered in: the shell's random source. */
  random: () => number;
}

/** What the person did on the line screen. */
export type LineEvent = { reply: string } | { own: true } | { stop: true } | { crisis: true };
