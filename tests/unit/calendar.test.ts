// The calendar reminder, read back by a real iCalendar parser (ical.js): one VEVENT on the chosen
// date (a date, so the same day in every time zone), a neutral title, and an alarm on the morning.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { today as localToday } from '../../src/commands/run.js';
import { calendarText } from '../../src/render/calendar.js';

const STAMP = new Date('2026-12-01T10:00:00Z');

function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  const event = new ICAL.Event(events[0]!);
  const alarms = events[0]!.getAllSubcomponents('valarm');
  return { calendar, events, event, alarms };
}

describe('the .ics reminder', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is one all-day VEVENT on the date, titled "Check in", with no details, and a display alarm at 9', () => {
    const text = calendarText({ date: '2026-12-08', stamp: STAMP });
    const { events, event, alarms } = read(text);
    expect(events).toHaveLength(1);
    expect(event.summary).toBe('Check in');
    expect(event.description).toBeNull();
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-08');
    expect(event.endDate.toString()).toBe('2026-12-09');
    expect(alarms).toHaveLength(1);
    const alarm = alarms[0]!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm.getFirstProperty('trigger')!;
    expect(trigger.getParameter('related')).toBe('START');
    // The alarm goes off at 09:00 on the day, local time (a date's start is its local midnight).
    const at = event.startDate.clone();
    at.isDate = false;
    at.addDuration(trigger.getFirstValue() as ICAL.Duration);
    expect(at.toString()).toBe('2026-12-08T09:00:00');
    // No names, no health words: nothing but the title and the alarm's "Check in".
    expect(text).not.toMatch(/therapy|worr|crisis|health|DESCRIPTION:(?!Check in)/i);
  });

  it.each(['Pacific/Auckland', 'America/Los_Angeles', 'Europe/London', 'UTC'])(
    'the date is the same day written in %s',
    (tz) => {
      process.env.TZ = tz;
      expect(read(calendarText({ date: '2026-12-31' })).event.startDate.toString()).toBe('2026-12-31');
    },
  );

  it('carries the details only when asked', () => {
    const { event } = read(calendarText({ date: '2027-01-02', details: 'Your next step\nSay: “Sorry.”' }));
    expect(event.description).toBe('Your next step\nSay: “Sorry.”');
    expect(event.summary).toBe('Check in');
  });
});

describe("today is the user's local date", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  // 2026-11-30 at 12:00 UTC is already 1 December in New Zealand, still 30 November in California.
  it.each([
    ['Pacific/Auckland', '2026-12-01'],
    ['America/Los_Angeles', '2026-11-30'],
    ['UTC', '2026-11-30'],
  ])('in %s it is %s', (tz, day) => {
    process.env.TZ = tz;
    expect(localToday(new Date('2026-11-30T12:00:00Z'))).toBe(day);
  });
});
