// The pseudo-locale (qps-ploc), made from English when it is chosen: no file to keep up to date.
// It writes numbers, plurals and dates as English does, with the month and day names made pseudo too.
import type { Catalogue, Language } from './catalogue.js';
import { en } from './en/index.js';
import { addNames, type Entry } from './format.js';
import { pseudo, pseudoWord } from './pseudo-text.js';

/** Ids whose words a person types (yes, y, back): accented, never bracketed. */
const typed = (id: string): boolean => id.startsWith('typed.');

const entry = (id: string, e: Entry): Entry => {
  const make = typed(id) ? pseudoWord : pseudo;
  if (typeof e === 'string') return make(e);
  return { ...Object.fromEntries(Object.entries(e).map(([k, v]) => [k, make(v)])), other: make(e.other) };
};

const code = 'qps-ploc';
addNames(
  code,
  'January February March April May June July August September October November December'.split(' ').map(pseudoWord),
  'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ').map(pseudoWord),
  'en',
);

export const language: Language = {
  code,
  locale: code,
  wordsIn: 'en',
  scenarioText: (_key, english) => pseudo(english),
  words: Object.fromEntries(Object.entries(en).map(([id, e]) => [id, entry(id, e)])) as unknown as Catalogue,
};
