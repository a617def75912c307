// The message formatter's English rules, written out so that no Intl object is made for them
// (issue 24): they must say what Intl would. Guards against a plural or a number that reads
// differently from before (a "1 files", a "1000" without its comma, a month off by one).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatMonth, formatNumber, render } from '../../src/messages/format.js';

const plural = { one: '{count} file', other: '{count} files' } as const;

describe('English without Intl says what Intl says', () => {
  it('picks the plural form Intl.PluralRules picks, for any number', () => {
    const rules = new Intl.PluralRules('en');
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(1, -1, 0, 1.5, -0)), (n) => {
        const form = rules.select(n);
        expect(render('en', { one: 'one', other: 'other' }, { count: n })).toBe(form === 'one' ? 'one' : 'other');
      }),
    );
  });

  it('writes every number as Intl.NumberFormat does, grouping from 1,000', () => {
    const f = new Intl.NumberFormat('en');
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.integer(), fc.double({ noNaN: true })), (n) => {
        const expected = Object.is(n, -0) ? '0' : f.format(n);
        expect(formatNumber('en', n)).toBe(expected);
      }),
    );
    expect(render('en', plural, { count: 1 })).toBe('1 file');
    expect(render('en', plural, { count: 1234 })).toBe('1,234 files');
  });

  it('names every month as Intl.DateTimeFormat does', () => {
    const f = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      const ym = `2026-${String(m).padStart(2, '0')}`;
      expect(formatMonth('en', ym)).toBe(f.format(new Date(`${ym}-01T00:00:00Z`)));
    }
  });

  it('names every day as Intl.DateTimeFormat does (dateStyle full), over four centuries', () => {
    const f = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' });
    const first = Date.UTC(1900, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 146_097 * 2 }), (days) => {
        const date = new Date(first + days * 86_400_000).toISOString().slice(0, 10);
        expect(formatDate('en', date)).toBe(f.format(new Date(`${date}T00:00:00Z`)));
      }),
    );
    expect(formatDate('en', '2026-12-08')).toBe('Tuesday, December 8, 2026');
  });

  it('asks Intl for a language it has no rules for', () => {
    // Arabic has six plural forms and its own digits: nothing here may guess them.
    expect(render('ar', { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' }, { count: 2 })).toBe('t');
    expect(formatNumber('ar-EG', 12)).toBe(new Intl.NumberFormat('ar-EG').format(12));
    expect(formatMonth('fr', '2026-11')).toBe('novembre 2026');
  });
});

describe('no Intl object for what English needs (issue 24: the first one costs 20-30 ms)', () => {
  it('makes none for small whole numbers, plurals and months', async () => {
    // A fresh copy of the module: the tests above have made and kept a formatter.
    vi.resetModules();
    const { formatDate, formatMonth, render } = await import('../../src/messages/format.js');
    const made = ['NumberFormat', 'PluralRules', 'DateTimeFormat'].map((k) =>
      vi.spyOn(Intl, k as 'NumberFormat' | 'PluralRules' | 'DateTimeFormat'),
    );
    render('en', plural, { count: 999 });
    render('en', plural, { count: 1 });
    formatMonth('en', '2027-02');
    formatDate('en', '2027-02-28');
    for (const spy of made) expect(spy).not.toHaveBeenCalled();
    for (const spy of made) spy.mockRestore();
  });
});
