// Turning a catalogue entry into words: {name} placeholders, and plurals chosen by the `count`
// parameter. Pure: no I/O, no state but the Intl objects made for a language that needs them.
//
// Speed: the first Intl object a process makes loads ICU's data (new Intl.NumberFormat: 19-29 ms
// on Node 20, about 0.2x of `node -e 0`; Intl.DateTimeFormat the same). English needs none for
// what talkcoach prints most: its plural rule is two lines, a whole number under 1,000 is its
// digits, and a month or a day is a name from a table. Intl is used for anything else (grouping, fractions,
// another language), made on first use. See CONTRIBUTING.md ("Speed").
import { inert } from './inert.js';

export type Params = Readonly<Record<string, string | number>>;

/** One message: plain text with {placeholders}, or one text per plural category. */
export type Entry = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

type PluralRule = (n: number) => Intl.LDMLPluralRule;

/** Plural rules written out, for languages with only "one" and "other" (CLDR: English "one" is
 * exactly 1, with no fraction digits shown). Any other language asks Intl.PluralRules. */
const BUILT_IN_PLURALS: Record<string, PluralRule> = {
  en: (n) => (Math.abs(n) === 1 ? 'one' : 'other'),
};

/** Languages written with the digits 0-9 and no grouping under 1,000. */
const PLAIN_DIGITS = new Set(['en']);

/** English month and day names, for "November 2026" and "Tuesday, December 8, 2026" without an
 * Intl.DateTimeFormat. */
const MONTHS: Record<string, readonly string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
};
const WEEKDAYS: Record<string, readonly string[]> = {
  en: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '),
};

/** A language written as English is (the pseudo-locale): its own month and day names, English's
 * plural rule, digits and date order, still with no Intl object. */
export function addNames(locale: string, months: readonly string[], weekdays: readonly string[], as: 'en'): void {
  MONTHS[locale] = months;
  WEEKDAYS[locale] = weekdays;
  BUILT_IN_PLURALS[locale] = BUILT_IN_PLURALS[as]!;
  PLAIN_DIGITS.add(locale);
  INTL_LOCALE[locale] = as;
}

/** The locale Intl is given for a language that writes numbers as another does. */
const INTL_LOCALE: Record<string, string> = {};
const intl = (locale: string): string => INTL_LOCALE[locale] ?? locale;

const made = new Map<string, PluralRule | Intl.NumberFormat | Intl.DateTimeFormat>();
const once = <T extends PluralRule | Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T => {
  let v = made.get(key) as T | undefined;
  if (!v) made.set(key, (v = make()));
  return v;
};

const pluralRule = (locale: string): PluralRule =>
  BUILT_IN_PLURALS[locale] ??
  once(`plural:${locale}`, () => {
    const rules = new Intl.PluralRules(intl(locale));
    return (n: number) => rules.select(n);
  });

/** A number as the language writes it: the digits alone when that is all it needs (-0 is "0"). */
export const formatNumber = (locale: string, n: number): string =>
  PLAIN_DIGITS.has(locale) && Number.isInteger(n) && Math.abs(n) < 1000
    ? String(n)
    : once(`number:${locale}`, () => new Intl.NumberFormat(intl(locale))).format(n);

/** "2026-11" → "November 2026" (a calendar month: no time zone moves it). */
export function formatMonth(locale: string, yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  const name = MONTHS[locale]?.[month - 1];
  if (name !== undefined && Number.isInteger(year)) return `${name} ${year}`;
  return once(
    `month:${locale}`,
    () => new Intl.DateTimeFormat(intl(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(`${yearMonth}-01T00:00:00Z`));
}

/** "2026-12-08" → "Tuesday, December 8, 2026": a calendar date, the same day in every time zone. */
export function formatDate(locale: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(`${date}T00:00:00Z`);
  const monthName = MONTHS[locale]?.[month - 1];
  const weekday = WEEKDAYS[locale]?.[utc.getUTCDay()];
  if (monthName !== undefined && weekday !== undefined && Number.isInteger(year) && Number.isInteger(day))
    return `${weekday}, ${monthName} ${day}, ${year}`;
  return once(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(intl(locale), { dateStyle: 'full', timeZone: 'UTC' }),
  ).format(utc);
}

/** Fills an entry's placeholders; a plural entry picks its form by `params.count`. */
export function render(locale: string, entry: Entry, params: Params = {}): string {
  let text: string;
  if (typeof entry === 'string') text = entry;
  else text = entry[pluralRule(locale)(Number(params.count ?? 0))] ?? entry.other;
  if (!text.includes('{')) return text;
  return text.replace(/\{([a-zA-Z][\w]*)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name]!;
    // A parameter is text from outside the catalogue: never a control character in what is said.
    return typeof v === 'number' ? formatNumber(locale, v) : inert(v);
  });
}
