// RFC 5545: every line of an .ics ends with CRLF, the last one too (issue 26 found it bare).
// Guards against a calendar writer that leaves the last line, or any line, with a bare LF or none.
import { describe, expect, it } from 'vitest';
import { calendarText } from '../../src/render/calendar.js';

describe('the .ics line endings', () => {
  it.each([
    ['without details', { date: '2026-12-08' }],
    ['with details', { date: '2026-12-31', details: 'A caring conversation\nAsk how they are' }],
  ])('%s: every line ends with CRLF, the last one too', (_what, input) => {
    const text = calendarText(input);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
