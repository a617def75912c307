// A calendar reminder (.ics) for the next check-in, made by ical-generator. An all-day event on
// the chosen date: a date has no time zone, so every calendar shows it on that day where the user
// is. Calendars are often shared and synced, so by default the title is neutral ("Check in": no
// names, no health words) and the event has no description; the details only when asked.
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalEventTransparency } from 'ical-generator';
import { msg } from '../messages/index.js';

export interface Reminder {
  /** YYYY-MM-DD. */
  date: string;
  /** Only when the user chose to put them in: plain text. */
  details?: string;
  /** When the file is made (DTSTAMP); a fixed one for tests. */
  stamp?: Date;
}

/** The alarm: 9 in the morning of the day, as an offset from the start of the all-day event. */
const ALARM_AFTER_START_S = 9 * 60 * 60;

export function calendarText({ date, details, stamp }: Reminder): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // An all-day event without a time zone is written from the date's UTC fields: the same day for everyone.
  const day = (offset: number) => new Date(Date.UTC(y, m - 1, d + offset));
  const calendar = ical({ prodId: { company: 'talkcoach', product: 'talkcoach', language: 'EN' } });
  const event = calendar.createEvent({
    start: day(0),
    end: day(1),
    allDay: true,
    summary: msg('checkin.ics.title'),
    ...(details ? { description: details } : {}),
    ...(stamp ? { stamp } : {}),
    // A reminder, not a meeting: it does not make the user look busy.
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  // Set by calls, in this order: given as options, the relation to the start is lost (ical-generator 10.2).
  event
    .createAlarm({ type: ICalAlarmType.display, description: msg('checkin.ics.alarm') })
    .triggerAfter(ALARM_AFTER_START_S)
    .relatesTo(ICalAlarmRelatesTo.start);
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves the last one bare.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
