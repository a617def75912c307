// A check-in's plan with its next date: the date in words on the plan's headline (so the text, the
// saved Markdown and the JSON all carry it), and the JSON's own `checkin` object for programs.
import type { CheckinDate } from '../engine/checkin.js';
import type { Plan } from '../engine/types.js';
import { dateName, msg } from '../messages/index.js';
import { planJson } from './json.js';
import { renderPlan, type Format, type RenderOptions } from './index.js';

/** "Tuesday, December 8, 2026": a calendar date, the same day wherever it is read (from the
 * catalogue's tables: an Intl.DateTimeFormat costs 10-30 ms to make). */
export const dateWords = dateName;

export const inDays = (days: number): string =>
  days === 0 ? msg('checkin.today') : msg('checkin.inDays', { count: days });

/** The plan, its headline saying when to check in again. */
export const withCheckinDate = (plan: Plan, when: CheckinDate): Plan => ({
  ...plan,
  title: msg('checkin.title', { title: plan.title, date: dateWords(when.date) }),
});

export function renderCheckin(plan: Plan, when: CheckinDate, format: Format, options: RenderOptions = {}): string {
  const dated = withCheckinDate(plan, when);
  if (format !== 'json') return renderPlan(dated, format, { width: 80, ...options });
  const checkin = { today: when.today, date: when.date, days: when.days, suggested: when.suggested };
  const shown = options.answers === false ? { ...dated, answers: [] } : dated;
  return `${JSON.stringify({ ...planJson(shown), checkin }, null, 2)}\n`;
}
