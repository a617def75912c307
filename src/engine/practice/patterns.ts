// The phrase patterns of the typed-reply checker: a small language, not regular expressions, so an
// author's pattern can't be slow or surprising. A pattern's words go through the same normaliser as
// a reply ("you're" is "you are" in both), so an alternative may stand for two words. `a|b` is
// either; `a_b` two words as one alternative (`i_am|i_feel`); `word*` any word starting so;
// `@class` any word of a word class (`classes` in checker.yaml); `[a|b]` an optional part; `*`
// skips up to 3 words, `**` up to 8; `^` (first) means the start of a clause (after fillers such as
// "so" or "well"); `?` is a question mark.
import { expandWord, type PreparedNormaliser, type Sentence } from './normalise.js';

interface WordPart {
  /** Alternatives, each one or more words after normalising. */
  alts: readonly (readonly string[])[];
  prefixes: readonly string[];
  classes: readonly string[];
  optional: boolean;
}
type Part = { gap: number } | WordPart;

export interface Pattern {
  readonly source: string;
  readonly start: boolean;
  readonly parts: readonly Part[];
}

export type WordClasses = ReadonlyMap<string, ReadonlySet<string>>;

export function compile(source: string, n: PreparedNormaliser): Pattern {
  const raw = source.trim().split(/\s+/);
  const start = raw[0] === '^';
  const parts: Part[] = (start ? raw.slice(1) : raw).map((t) => {
    if (t === '*') return { gap: 3 };
    if (t === '**') return { gap: 8 };
    const optional = t.startsWith('[') && t.endsWith(']');
    const alts = (optional ? t.slice(1, -1) : t).split('|');
    const isPrefix = (a: string) => a.length > 1 && a.endsWith('*');
    return {
      alts: alts
        .filter((a) => !isPrefix(a) && !a.startsWith('@') && a !== '')
        .map((a) => (a.includes('_') ? a.split('_').flatMap((w) => expandWord(w, n)) : expandWord(a, n))),
      prefixes: alts.filter(isPrefix).map((a) => a.slice(0, -1)),
      classes: alts.filter((a) => a.startsWith('@')).map((a) => a.slice(1)),
      optional,
    };
  });
  return { source, start, parts };
}

const ALT = /^(@[a-z-]+|[a-z0-9'?]+(_[a-z0-9']+)*\*?)$/;

/** Why a pattern is not usable or can never match, or undefined: for `validate`. */
export function patternProblem(source: string, classes: WordClasses): string | undefined {
  const raw = source.trim().split(/\s+/);
  const body = raw[0] === '^' ? raw.slice(1) : raw;
  if (body.length === 0) return 'empty';
  if (body.every((t) => t === '*' || t === '**')) return 'only gaps';
  if (['*', '**'].includes(body[0]!) || ['*', '**'].includes(body[body.length - 1]!))
    return 'starts or ends with a gap';
  for (const t of body) {
    if (t === '*' || t === '**' || t === '^') continue;
    const inner = t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1) : t;
    for (const a of inner.split('|')) {
      if (a === '') return `"${t}" has an empty alternative: a space beside "|" splits it into words`;
      if (!ALT.test(a)) return `"${a}" can never match: words are lower case, without punctuation or brackets`;
      if (a.startsWith('@') && !classes.has(a.slice(1))) return `"${a}" is not a word class of the file`;
    }
  }
  return undefined;
}

/** Where a match of parts j.. starting at word i ends, or -1. Allocates nothing: a fresh process
 * checks its one reply before the JIT warms up, where garbage collection was a third of the time. */
function matchFrom(p: Pattern, words: readonly string[], i: number, j: number, classes: WordClasses): number {
  if (j === p.parts.length) return i;
  const part = p.parts[j]!;
  if ('gap' in part) {
    for (let g = 0; g <= part.gap && i + g <= words.length; g++) {
      const end = matchFrom(p, words, i + g, j + 1, classes);
      if (end >= 0) return end;
    }
    return -1;
  }
  const w = words[i];
  if (w !== undefined) {
    let one = false;
    for (const pre of part.prefixes) if (w.startsWith(pre)) one = true;
    if (!one) for (const c of part.classes) if (classes.get(c)?.has(w)) one = true;
    if (one) {
      const end = matchFrom(p, words, i + 1, j + 1, classes);
      if (end >= 0) return end;
    }
    for (const alt of part.alts) {
      let k = 0;
      while (k < alt.length && words[i + k] === alt[k]) k++;
      if (k < alt.length) continue;
      const end = matchFrom(p, words, i + alt.length, j + 1, classes);
      if (end >= 0) return end;
    }
  }
  return part.optional ? matchFrom(p, words, i, j + 1, classes) : -1;
}

/** Where the pattern matches in the sentence: start indexes. */
export const matches = (p: Pattern, s: Sentence, classes: WordClasses): number[] =>
  spans(p, s, classes).map(([start]) => start);

/** Where the pattern matches in the sentence: [start, end) of each match (the shortest from each start). */
export function spans(p: Pattern, s: Sentence, classes: WordClasses): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < s.words.length; i++) {
    if (p.start && !s.starts.has(i)) continue;
    const end = matchFrom(p, s.words, i, 0, classes);
    if (end >= 0 && end > i) out.push([i, end]);
  }
  return out;
}

/**
 * The pattern's required exact parts, each as the words one of which a match holds there: the first
 * words of its alternatives, or its classes' words. A part that is optional, or takes a prefix
 * (`word*`), is left out. The checker tries a pattern only on a reply holding a word of one part.
 */
export function requiredWords(p: Pattern, classes: WordClasses): string[][] {
  const out: string[][] = [];
  for (const part of p.parts) {
    if ('gap' in part || part.optional || part.prefixes.length > 0) continue;
    if (part.alts.some((a) => a.length === 0)) continue;
    const words = new Set(part.alts.map((a) => a[0]!));
    for (const c of part.classes) for (const w of classes.get(c) ?? []) words.add(w);
    out.push([...words]);
  }
  return out;
}
