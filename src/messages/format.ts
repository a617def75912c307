// Turning a catalogue entry into words: {name} placeholders, and plurals chosen by
// Intl.PluralRules on the `count` parameter. Pure: no I/O, no state but the rules object.
import { inert } from './inert.js';

export type Params = Readonly<Record<string, string | number>>;

/** One message: plain text with {placeholders}, or one text per plural category. */
export type Entry = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

const rules = new Map<string, Intl.PluralRules>();
const rulesFor = (locale: string): Intl.PluralRules => {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
};

const numberFormat = new Map<string, Intl.NumberFormat>();
const formatNumber = (locale: string, n: number): string => {
  let f = numberFormat.get(locale);
  if (!f) numberFormat.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
};

/** Fills an entry's placeholders; a plural entry picks its form by `params.count`. */
export function render(locale: string, entry: Entry, params: Params = {}): string {
  let text: string;
  if (typeof entry === 'string') text = entry;
  else {
    const count = Number(params.count ?? 0);
    text = entry[rulesFor(locale).select(count)] ?? entry.other;
  }
  if (!text.includes('{')) return text;
  return text.replace(/\{([a-zA-Z][\w]*)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name]!;
    // A parameter is text from outside the catalogue: never a control character in what is said.
    return typeof v === 'number' ? formatNumber(locale, v) : inert(v);
  });
}
