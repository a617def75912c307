// Every user-facing string, keyed by id: msg(id) gives it in the language chosen for this run.
// English is loaded with the program (the fast path); another language is loaded once, when
// src/cli.ts has chosen it (useLanguage), before any command speaks.
import type { Language, MessageId } from './catalogue.js';
import { en } from './en/index.js';
import { formatDate, formatMonth, render, type Params } from './format.js';
import { LANGUAGES } from './languages.js';
import type { TypedWords } from '../engine/kinds/kind.js';

export type { Params } from './format.js';
export type { MessageId } from './catalogue.js';
export { ioKinds, ioReasons } from './en/io.js';
export { inert, inertLines } from './inert.js';

/** Every message id (tests feed each one outside text). */
export const MESSAGE_IDS = Object.keys(en) as MessageId[];

const ENGLISH: Language = { code: 'en', words: en };
let current: Language = ENGLISH;
let locale = 'en';

/** Speaks `code` from now on: English at once, another language once its words are loaded. */
export async function useLanguage(code: string): Promise<void> {
  const load = LANGUAGES[code];
  current = load ? (await load()).language : ENGLISH;
  locale = current.locale ?? current.code;
}

/** `f`, with English words whatever the language of the run: a test file's cases without a
 * translation of their phrases quote the English plans (scenarios/README.md, "The test-file format"). */
export function inEnglish<T>(f: () => T): T {
  const [was, wasLocale] = [current, locale];
  current = ENGLISH;
  locale = 'en';
  try {
    return f();
  } finally {
    current = was;
    locale = wasLocale;
  }
}

/** How a scenario's words are said in this language; undefined for English (nothing to change). */
export const scenarioText = (): ((key: string, english: string) => string) | undefined => current.scenarioText;

/** The language being spoken (its code, as `--lang` takes it). */
export const languageCode = (): string => current.code;

/** The language the words are in (ISO 639-1): English for English and the pseudo-locale. */
export const wordsLanguage = (): string => current.wordsIn ?? current.code;

/** Names joined as the language joins them ("inglés y francés"); Intl only for two or more. */
export const listOf = (names: readonly string[]): string =>
  names.length < 2 ? (names[0] ?? '') : new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

/** A country's name in the language spoken ("MX" → "México"), or undefined when the code names none
 * (XX, private-use codes). Intl is loaded only here: for a country with no verified lines. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code)) return undefined;
  return new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' }).of(code);
}

/** The words for a message id, with its placeholders filled ({count} picks the plural form). */
export function msg(id: MessageId, params?: Params): string {
  return render(locale, current.words[id], params);
}

/** The words English has for an id, whatever the language (typed answers accept both). */
const english = (id: MessageId, params?: Params): string => render('en', en[id], params);

type TypedId = Extract<MessageId, `typed.${string}`>;

/** The words a person may type for an answer (lower case): the language's, and English's. */
export function typedWords(id: TypedId): string[] {
  const list = (text: string) => text.split(',').map((w) => w.trim().toLowerCase());
  return [...new Set([...list(msg(id)), ...list(english(id))])];
}

/** Yes and no as a person may type them, for the engine's answer reader. */
export const yesNoWords = (): TypedWords => ({ yes: typedWords('typed.yes'), no: typedWords('typed.no') });

/** "2026-11" as the language says it: "November 2026". */
export const monthName = (yearMonth: string): string => formatMonth(locale, yearMonth);

/** "2026-12-08" as the language says it: "Tuesday, December 8, 2026". */
export const dateName = (date: string): string => formatDate(locale, date);

/** "; did you mean "x"?" when there is a suggestion, else nothing. */
export const didYouMean = (hint: string | undefined): string => (hint ? msg('common.didYouMean', { hint }) : '');
