// The check-in's dates in the shell: today's local date (the engine has no clock), and checking
// dates given on the command line.
import { TalkcoachError } from '../errors.js';
import { checkinDate, isCalendarDate, LAST_DATE, type CheckinDate } from '../engine/checkin.js';
import type { Facts } from '../engine/types.js';
import type { Scenario } from '../engine/model.js';
import { msg } from '../messages/index.js';

const tooLate = () => new TalkcoachError('usage', msg('checkin.tooLate', { last: LAST_DATE }));

export function checkDate(value: string): string {
  if (!isCalendarDate(value)) throw new TalkcoachError('usage', msg('checkin.badDate', { value }));
  if (value > LAST_DATE) throw tooLate();
  return value;
}

/** The suggested date from the answers, or `chosen`, which may not be before today. */
export function datesFor(scenario: Scenario, facts: Facts, today: string, chosen?: string): CheckinDate {
  let when: CheckinDate;
  try {
    when = checkinDate(scenario, facts, today, chosen);
  } catch (e) {
    // today + the suggested days ran past the year 9999, where dates stop being dates.
    if (e instanceof RangeError) throw tooLate();
    throw e;
  }
  if (when.suggested.date > LAST_DATE || !isCalendarDate(when.suggested.date)) throw tooLate();
  if (when.days < 0) throw new TalkcoachError('usage', msg('checkin.pastDate', { date: when.date, today }));
  return when;
}

/** What a kept history holds of a check-in's answers: the option ids of how it went, since, and you. */
export function keptAnswers(facts: Facts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['outcome', 'since', 'self']) {
    const v = facts[k];
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}
