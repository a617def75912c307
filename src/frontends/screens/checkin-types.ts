// What the check-in's screens are given by the command (the shell does the writing, so the
// screens stay below the command layer): the scenario for the date rules, today, and the options.
import type { CheckinDate } from '../../engine/checkin.js';
import type { Plan } from '../../engine/types.js';
import type { Scenario } from '../../engine/model.js';

export interface CheckinSetup {
  /** The check-in scenario, whose `revisit` rules suggest the date. */
  scenario: Scenario;
  /** The user's local date, YYYY-MM-DD. */
  today: string;
  /** --date: the date chosen on the command line, offered instead of the suggestion. */
  chosen?: string;
  /** --calendar FILE: write the reminder there without asking. */
  calendar?: string;
  /** --details: the reminder carries the next steps. */
  details: boolean;
  /** --keep: add the check-in to the private history. */
  keep: boolean;
  /** Writes the reminder for `plan` (already dated); `overwrite` only for --calendar FILE. */
  writeCalendar: (file: string, plan: Plan, when: CheckinDate, details: boolean, overwrite: boolean) => Promise<void>;
  /** Adds to the history; the file it went to. */
  keepCheckin: (when: CheckinDate, plan: Plan) => Promise<string>;
}
