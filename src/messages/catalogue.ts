// What a language is: words for every English id (no more, no fewer: tsc says which), and how it
// writes numbers and dates. A language lives in its own folder beside en/ and is listed in
// languages.ts; it is loaded only when chosen.
import type { en } from './en/index.js';
import type { Entry } from './format.js';

export type MessageId = keyof typeof en;

/** Words for every message id. A plural entry may have the forms its language needs (one, few,
 * many...), always `other`; a plain entry stays plain. Placeholders must match English's:
 * tests/unit/catalogues.test.ts compares them for every language. */
export type Catalogue = { readonly [K in MessageId]: (typeof en)[K] extends string ? string : Exclude<Entry, string> };

export interface Language {
  /** The code it is chosen by (`--lang`), also the locale given to Intl for plurals and numbers. */
  readonly code: string;
  /** The locale for plurals, numbers and dates, when not the code (the pseudo-locale writes as English). */
  readonly locale?: string;
  /** The language its words are in, when not the code (the pseudo-locale's are English): a crisis
   * line that answers in it needs no word about its language. */
  readonly wordsIn?: string;
  readonly words: Catalogue;
  /** A scenario's words in this language, by key (src/scenario/localize.ts): a translation found
   * in the compiled translation files, else the English. */
  readonly scenarioText?: (key: string, english: string) => string;
}
