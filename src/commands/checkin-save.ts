// What the check-in writes, only when asked: the calendar reminder (--calendar, or yes on the
// screen) and the kept history (--keep); and what the interactive check-in is given to do so (the
// screens ask; this layer decides where files go).
import { factsOf, type CheckinDate, type Plan, type Scenario } from '../engine/index.js';
import type { CheckinSetup } from '../frontends/screens/checkin-types.js';
import type { Format } from '../render/index.js';
import { summaryTexts } from '../render/summary.js';
import { appendHistory, historyFile } from '../io/history.js';
import { saveFileAtomic } from '../io/save.js';
import { keptAnswers } from './checkin-date.js';
import type { CommonOptions, Io } from './context.js';
import type { Rooms } from './rooms.js';

export interface CheckinOptions extends CommonOptions {
  answers?: string;
  input: boolean;
  format: Format;
  output?: string;
  region?: string;
  plain?: boolean;
  color: boolean;
  today?: string;
  date?: string;
  calendar?: string;
  details?: boolean;
  keep?: boolean;
}

/** The reminder's text when the user asked for details: the headline and "In short". */
export const reminderDetails = (plan: Plan): string => [plan.title, ...summaryTexts(plan)].join('\n');

/** Writes the reminder for `plan` (its headline already dated) atomically, at mode 0600. */
export async function writeCalendar(
  rooms: Pick<Rooms, 'calendar'>,
  file: string,
  plan: Plan,
  when: CheckinDate,
  details: boolean,
  overwrite: boolean,
): Promise<void> {
  const { calendarText } = await rooms.calendar();
  const text = calendarText({ date: when.date, ...(details ? { details: reminderDetails(plan) } : {}) });
  saveFileAtomic(file, text, { overwrite });
}

/** Adds the check-in to the private history (in the data folder `env` names); the file it went to. */
export function keep(env: Io['env'], when: CheckinDate, plan: Plan, scenario: Scenario): string {
  const entry = { date: when.today, answers: keptAnswers(factsOf(scenario, plan.answers)), next: when.date };
  return appendHistory(entry, historyFile(env));
}

export const checkinFlow = (
  { rooms, env }: Pick<Io, 'rooms' | 'env'>,
  scenario: Scenario,
  o: CheckinOptions,
  today: string,
  chosen?: string,
): CheckinSetup => ({
  scenario,
  today,
  ...(chosen !== undefined ? { chosen } : {}),
  ...(o.calendar !== undefined ? { calendar: o.calendar } : {}),
  details: o.details === true,
  keep: o.keep === true,
  writeCalendar: (...args) => writeCalendar(rooms, ...args),
  keepCheckin: async (when, plan) => keep(env, when, plan, scenario),
});
