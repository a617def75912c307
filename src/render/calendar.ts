// A calendar reminder (.ics) for the next check-in, made by the `ics` package. An all-day event on
// the chosen date: a date has no time zone, so every calendar shows it on that day where the user
// is. Calendars are often shared and synced, so by default the title is neutral ("Check in": no
// names, no health words) and the event has no description; the details only when asked.
import { createEvent } from 'ics';
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';

export interface Reminder {
  /** YYYY-MM-DD. */
  date: string;
  /** Only when the user chose to put them in: plain text. */
  details?: string;
}

/** The reminder's alarm: 9 in the morning of the day (an offset from the start of an all-day event). */
const ALARM_AFTER_MIDNIGHT = { hours: 9, minutes: 0, before: false } as const;

export function calendarText({ date, details }: Reminder): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const title = msg('checkin.ics.title');
  const { error, value } = createEvent({
    productId: 'talkcoach',
    title,
    start: [y, m, d],
    end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
    ...(details ? { description: details } : {}),
    // A reminder, not a meeting: it does not make the user look busy.
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    alarms: [{ action: 'display', description: msg('checkin.ics.alarm'), trigger: ALARM_AFTER_MIDNIGHT }],
  });
  if (error || !value) throw new TalkcoachError('usage', String(error ?? 'no calendar text'));
  return value;
}
