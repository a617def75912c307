// The one normaliser every match and every scorer feature reads from: lower case, one apostrophe,
// text spellings made whole ("dont", "u"), contractions expanded ("you're" to "you are", so one
// pattern covers both), a word read by the word after it ("ur crazy", "ur mum"), sentences split,
// clause starts found, softeners noted ("no offence, but") and each word marked when a negator
// earlier in its clause scopes over it. The English lives in checker.yaml (`normalise`).
import type { NormaliseRules } from './model.js';

/** A sentence's words, and where its clauses start (after fillers). */
export interface Sentence {
  readonly words: readonly string[];
  readonly starts: ReadonlySet<number>;
  /** Per word: a negator stands before it in its clause. */
  readonly negated: readonly boolean[];
}

export interface Normalised {
  sentences: Sentence[];
  /** A softener was used ("no offence but", "sorry but"): what follows it is what counts. */
  softener: boolean;
}

export interface PreparedNormaliser {
  words: Map<string, readonly string[]>;
  suffixes: [string, readonly string[]][];
  /** Every suffix has an apostrophe ("n't", "'re"). */
  suffixesQuoted: boolean;
  byNext: Map<string, { as: readonly string[]; otherwise: readonly string[]; next: Set<string>; ends: string[] }>;
  fillers: Set<string>;
  negators: Set<string>;
  breaks: Set<string>;
  softeners: string[][];
}

const split = (s: string) => s.split(/\s+/).filter((w) => w !== '');

export function prepareNormaliser(r: NormaliseRules): PreparedNormaliser {
  const n: PreparedNormaliser = {
    words: new Map(Object.entries(r.spellings).map(([k, v]) => [k, split(v)])),
    // Longest first, so "n't" wins over "t".
    suffixes: Object.entries(r.suffixes ?? {})
      .map(([k, v]): [string, string[]] => [k, split(v)])
      .sort((a, b) => b[0].length - a[0].length),
    suffixesQuoted: Object.keys(r.suffixes ?? {}).every((k) => k.includes("'")),
    byNext: new Map(
      (r['read-by-next'] ?? []).map((x) => [
        x.word,
        { as: split(x.as), otherwise: split(x.otherwise), next: new Set(x.before), ends: x['before-ending'] ?? [] },
      ]),
    ),
    fillers: new Set(r.fillers),
    negators: new Set(r.negators),
    breaks: new Set(r['clause-breaks'] ?? []),
    softeners: [],
  };
  // Softeners are written as people write them, and read as normalised words.
  n.softeners = (r.softeners ?? []).map((x) => tokens(x, n).filter((t) => !PUNCT.has(t)));
  return n;
}

// Words, the punctuation that ends a sentence or clause, and emoji (an eye roll says something).
const TOKEN = /[\p{L}\p{N}']+|[?]|[.!;,:]|\p{Extended_Pictographic}/gu;
const ASCII = /^[ -~\s]*$/;
const ASCII_TOKEN = /[a-z0-9']+|[?]|[.!;,:]/g;
const PUNCT = new Set(['?', '.', '!', ';', ',', ':']);

/** One written word as the words it stands for ("you're": "you are"; "dont": "do not"). */
export function expandWord(t: string, n: PreparedNormaliser): readonly string[] {
  const w = t.includes("'") ? t.replace(/^'+|'+$/g, '') : t;
  if (w === '') return [];
  const whole = n.words.get(w);
  if (whole) return whole;
  // A word without an apostrophe has no contraction's ending when every ending has one: the
  // patterns' long word lists are compiled without trying each ending on each word.
  if (n.suffixesQuoted && !w.includes("'")) return [w];
  for (const [suffix, as] of n.suffixes) {
    if (w.length > suffix.length && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      return [...(n.words.get(stem) ?? [stem]), ...as];
    }
  }
  return [w];
}

/** Lower-cased, apostrophes made one, and words expanded: the tokens of a text, punctuation kept. */
function tokens(text: string, n: PreparedNormaliser): string[] {
  const lower = text.toLowerCase().replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
  // Most replies are plain ASCII: read them without the Unicode classes, whose first use costs a
  // fresh process a third of a millisecond.
  const raw = (lower.match(ASCII.test(lower) ? ASCII_TOKEN : TOKEN) ?? []).filter((t) => t.replace(/'/g, '') !== '');
  const out: string[] = [];
  raw.forEach((t, i) => {
    const by = n.byNext.get(t);
    if (by) {
      const next = raw[i + 1];
      const fits = next !== undefined && (by.next.has(next) || by.ends.some((e) => next.endsWith(e)));
      out.push(...(fits || next === undefined || PUNCT.has(next) ? by.as : by.otherwise));
    } else out.push(...(PUNCT.has(t) ? [t] : expandWord(t, n)));
  });
  return out;
}

export function normalise(text: string, n: PreparedNormaliser): Normalised {
  const out: Sentence[] = [];
  let softener = false;
  let words: string[] = [];
  const flush = () => {
    if (words.length > 0) {
      const starts = clauseStarts(words, n);
      softener ||= n.softeners.some((s) => findRun(words, s) >= 0);
      out.push({ words, starts, negated: negationScope(words, n) });
    }
    words = [];
  };
  for (const t of tokens(text, n)) {
    if (t === '?') {
      words.push(t);
      flush();
    } else if (t === '.' || t === '!' || t === ';' || t === ':') flush();
    else words.push(t);
  }
  flush();
  return { sentences: out, softener };
}

function findRun(words: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

/** Clause starts: the sentence's start, after each comma or clause break ("but", "because"), and
 * after any filler run there ("so", "well so"). */
function clauseStarts(words: readonly string[], n: PreparedNormaliser): Set<number> {
  const starts = new Set<number>();
  const from = (at: number) => {
    starts.add(at);
    while (at < words.length && n.fillers.has(words[at]!)) starts.add(++at);
  };
  from(0);
  words.forEach((w, i) => {
    if (w === ',') from(i + 1);
    else if (n.breaks.has(w)) from(i + 1);
  });
  return starts;
}

/** A negator scopes over the rest of its clause: up to a comma, a clause break or the sentence's end. */
function negationScope(words: readonly string[], n: PreparedNormaliser): boolean[] {
  const out: boolean[] = [];
  let on = false;
  words.forEach((w) => {
    if (w === ',' || n.breaks.has(w)) on = false;
    out.push(on);
    if (n.negators.has(w)) on = true;
  });
  return out;
}
