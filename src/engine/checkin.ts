// The check-in's date arithmetic: pure, on calendar dates written YYYY-MM-DD. The engine has no
// clock: today's date (the user's local date) comes in as data, from the shell or from --today.
import { holds } from './conditions.js';
import { EngineError } from './errors.js';
import { kindOf } from './kinds/index.js';
import type { Scenario } from './model.js';
import type { AnswerRecord, Facts } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid calendar date, or undefined (2026-02-30 is not a date). */
function dayNumber(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC is arithmetic on a calendar, not a clock: the same input always gives the same output.
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / DAY_MS;
}

/** Rules that always give a date, for a check-in scenario whose own rules all fail to hold. */
const FALLBACK = { revisit: [{ days: 14 }] };

const fromDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The last check-in date a calendar file can hold: its all-day event ends the next day, and an
 * .ics date has four digits for the year. */
export const LAST_DATE = '9999-12-30';

export const isCalendarDate = (date: string): boolean => dayNumber(date) !== undefined;

/** `date` plus `days` (negative to go back), across months, years and leap days. */
export function addDays(date: string, days: number): string {
  const n = dayNumber(date);
  if (n === undefined) throw new RangeError(`not a calendar date: ${date}`);
  return fromDayNumber(n + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === undefined || b === undefined) throw new RangeError(`not a calendar date: ${a === undefined ? from : to}`);
  return b - a;
}

/** The days until the next check-in by the scenario's `revisit` rules (the first that holds), if any. */
export function revisitDays(scenario: Pick<Scenario, 'revisit'>, facts: Facts): number | undefined {
  return (scenario.revisit ?? []).find((r) => !r.when || holds(r.when, facts))?.days;
}

/**
 * The fact a scenario with `revisit` rules gets when its plan is made: how far off the suggested next
 * check-in is, as a band a point's `when` can name, so a line such as "again next week" matches the
 * date (clinical review m6). The words live in the scenario; the engine only names the band.
 */
export const REVISIT_FACT = 'revisit';
export const REVISIT_BANDS = ['tomorrow', 'days', 'week', 'weeks', 'month'] as const;
export type RevisitBand = (typeof REVISIT_BANDS)[number];

/** 1 day: tomorrow; 2-4: in a few days; 5-10: next week; 11-20: in a couple of weeks; more: in about a month. */
export function revisitBand(days: number): RevisitBand {
  if (days <= 1) return 'tomorrow';
  if (days <= 4) return 'days';
  if (days <= 10) return 'week';
  if (days <= 20) return 'weeks';
  return 'month';
}

/** The facts with the revisit band added, for a scenario with `revisit` rules (otherwise unchanged). */
export function withRevisit(scenario: Pick<Scenario, 'revisit'>, facts: Facts): Facts {
  const days = revisitDays(scenario, facts) ?? (scenario.revisit ? FALLBACK.revisit[0]!.days : undefined);
  return days === undefined ? facts : { ...facts, [REVISIT_FACT]: revisitBand(days) };
}

export interface NextCheckin {
  days: number;
  /** YYYY-MM-DD, in the same calendar as `today`. */
  date: string;
}

/** The suggested next check-in from `today` (YYYY-MM-DD), or undefined when no rule holds. */
export function nextCheckin(scenario: Pick<Scenario, 'revisit'>, facts: Facts, today: string): NextCheckin | undefined {
  const days = revisitDays(scenario, facts);
  return days === undefined ? undefined : { days, date: addDays(today, days) };
}

/** The facts a plan's answers recorded (with the options' `set`), for the date after the plan is made. */
export function factsOf(scenario: Pick<Scenario, 'nodes'>, answers: readonly AnswerRecord[]): Facts {
  const facts: Facts = {};
  // Each answer played again through its kind, as the session played it: the fact, then what it sets.
  const move = {
    remember: (fact: string | undefined, value: Facts[string] | undefined) => {
      if (fact !== undefined && value !== undefined) facts[fact] = value;
    },
    effects: (e: { set?: Record<string, string> }) => Object.assign(facts, e.set ?? {}),
  };
  for (const a of answers) {
    const node = Object.hasOwn(scenario.nodes, a.node) ? scenario.nodes[a.node] : undefined;
    if (!node) continue;
    const kind = kindOf(node);
    const given = kind.again(a.answer);
    if (!given) continue;
    try {
      kind.apply(node, given, move);
    } catch (e) {
      // An answer the scenario no longer has (it changed since the plan): it sets nothing.
      if (!(e instanceof EngineError)) throw e;
    }
  }
  return facts;
}

/** A check-in's dates: today, what the answers suggest, and the date chosen (the suggestion unless changed). */
export interface CheckinDate {
  /** The user's local date when the check-in was made, YYYY-MM-DD. */
  today: string;
  suggested: NextCheckin;
  /** YYYY-MM-DD. */
  date: string;
  /** From today to `date`: negative when `chosen` is in the past (the shells refuse it). */
  days: number;
}

export function checkinDate(
  scenario: Pick<Scenario, 'revisit'>,
  facts: Facts,
  today: string,
  chosen?: string,
): CheckinDate {
  const suggested = nextCheckin(scenario, facts, today) ?? nextCheckin(FALLBACK, facts, today)!;
  const date = chosen ?? suggested.date;
  return { today, suggested, date, days: daysBetween(today, date) };
}
