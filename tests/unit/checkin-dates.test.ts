// The check-in's date arithmetic (pure, in the engine) and its rules in the built-in check-in:
// sooner when things are getting worse.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, checkinDate, daysBetween, factsOf, isCalendarDate, nextCheckin } from '../../src/engine/checkin.js';
import { BUILTIN_DIR } from '../../src/paths.js';
import { BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { planOf } from '../helpers/play.js';

const checkin = loadScenarioFile(join(BUILTIN_DIR, 'checkin.yaml'), { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;

describe('calendar dates', () => {
  it.each([
    ['2026-12-01', 7, '2026-12-08'],
    ['2026-12-30', 3, '2027-01-02'],
    ['2028-02-27', 2, '2028-02-29'],
    ['2027-02-27', 2, '2027-03-01'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-01-31', 28, '2026-02-28'],
    ['2026-12-08', -7, '2026-12-01'],
    ['2026-12-01', 0, '2026-12-01'],
  ])('%s plus %i days is %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-12-01', '2026-12-1', 'today', ''])(
    '%j is not a date',
    (text) => {
      expect(isCalendarDate(text)).toBe(false);
      expect(() => addDays(text, 1)).toThrow(RangeError);
    },
  );

  it('2028-02-29 is a date (a leap year)', () => expect(isCalendarDate('2028-02-29')).toBe(true));
});

describe("the check-in's next date", () => {
  const today = '2026-12-01';
  // Answers: safety, how it went, [after an argument: frightened?], since (or what holds you back), how you are.
  it.each([
    ['they said something worrying', ['no', 'worrying', 'okay'], 1],
    ['not sure anyone is safe, then they agreed', ['unsure', 'agreed', 'better', 'okay'], 3],
    ['an argument, and worse since', ['no', 'argument', 'no', 'worse', 'okay'], 3],
    ['they agreed, better since', ['no', 'agreed', 'better', 'okay'], 7],
    ['an argument, the same since', ['no', 'argument', 'no', 'same', 'okay'], 7],
    ['an argument that frightened them', ['no', 'argument', 'yes', 'same', 'okay'], 3],
    ['they agreed, but I am struggling', ['no', 'agreed', 'better', 'struggling'], 3],
    ['not talked yet, afraid of them', ['no', 'not-yet', 'afraid', 'okay'], 3],
    ['not talked yet', ['no', 'not-yet', 'words', 'okay'], 7],
    ['thinking about it', ['no', 'thinking', 'same', 'okay'], 14],
    ['they said no', ['no', 'no', 'same', 'okay'], 28],
    ['they said no, and worse since', ['no', 'no', 'worse', 'okay'], 3],
  ])('%s: in %i days', (_name, lines, days) => {
    const plan = planOf(checkin, toAnswers(lines), { passNotes: true });
    const facts = factsOf(checkin, plan.answers);
    expect(nextCheckin(checkin, facts, today)).toEqual({ days, date: addDays(today, days) });
  });

  it('a chosen date replaces the suggestion, and counts its days from today', () => {
    const plan = planOf(checkin, toAnswers(['no', 'agreed', 'better', 'okay']), { passNotes: true });
    const when = checkinDate(checkin, factsOf(checkin, plan.answers), today, '2026-12-24');
    expect(when).toEqual({ today, suggested: { days: 7, date: '2026-12-08' }, date: '2026-12-24', days: 23 });
    expect(checkinDate(checkin, {}, today, '2026-11-30').days).toBe(-1);
  });

  it('a scenario without rules still gets a date (14 days)', () => {
    expect(checkinDate({}, {}, today).suggested).toEqual({ days: 14, date: '2026-12-15' });
  });
});

// The check-in's questions are choices, except what holds you back (pick any) and, after an
// argument, whether anything frightened you (yes or no).
function toAnswers(lines: string[]) {
  return lines.map((l, i) =>
    i === 2 && lines[1] === 'not-yet'
      ? { choices: l.split(',') }
      : i === 2 && lines[1] === 'argument'
        ? { yes: l === 'yes' }
        : ({ choice: l } as { choice: string }),
  );
}
