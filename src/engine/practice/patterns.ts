// The phrase patterns of the typed-reply checker: a small language, not regular expressions, so an
// author's pattern can't be slow or surprising. Words are matched whole after normalising; `a|b` is
// either word; `word*` any word starting so; `*` skips up to 3 words, `**` up to 8; `^` (first) means
// the start of a clause (after fillers such as "so" or "well"); `?` is a question mark.

type Part = { gap: number } | { words: readonly string[]; prefixes: readonly string[] };

export interface Pattern {
  readonly source: string;
  readonly start: boolean;
  readonly parts: readonly Part[];
}

/** A sentence's words, and where its clauses start (after fillers). */
export interface Sentence {
  readonly words: readonly string[];
  readonly starts: ReadonlySet<number>;
}

export function compile(source: string): Pattern {
  const raw = source.trim().split(/\s+/);
  const start = raw[0] === '^';
  const parts: Part[] = (start ? raw.slice(1) : raw).map((t) => {
    if (t === '*') return { gap: 3 };
    if (t === '**') return { gap: 8 };
    const alts = t.split('|');
    return {
      words: alts.filter((a) => !(a.length > 1 && a.endsWith('*'))),
      prefixes: alts.filter((a) => a.length > 1 && a.endsWith('*')).map((a) => a.slice(0, -1)),
    };
  });
  return { source, start, parts };
}

/** Why a pattern is not usable, or undefined: for `validate`. */
export function patternProblem(source: string): string | undefined {
  const p = compile(source);
  if (p.parts.length === 0) return 'empty';
  if (!p.parts.some((x) => 'words' in x)) return 'only gaps';
  if ('gap' in p.parts[0]! || 'gap' in p.parts[p.parts.length - 1]!) return 'starts or ends with a gap';
  return undefined;
}

const TOKEN = /[\p{L}\p{N}']+|[?]|[.!;,:]/gu;

/** Lower case, one apostrophe, short spellings made whole; split into sentences. */
export function sentences(text: string, spellings: Readonly<Record<string, string>>, fillers: ReadonlySet<string>) {
  const tokens = (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .match(TOKEN) ?? []
  ).map((t) => (Object.hasOwn(spellings, t) ? spellings[t]! : t.replace(/^'+|'+$/g, '')));
  const out: Sentence[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length > 0) out.push({ words, starts: clauseStarts(words, fillers) });
    words = [];
  };
  for (const t of tokens) {
    if (t === '') continue;
    if (t === '?') {
      words.push(t);
      flush();
    } else if (t === '.' || t === '!' || t === ';' || t === ':') flush();
    else words.push(t);
  }
  flush();
  return out;
}

function clauseStarts(words: readonly string[], fillers: ReadonlySet<string>): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i === words.length || words[i] === ',') {
      starts.add(at);
      // Every word after a filler run is a start too ("so", "well so").
      while (at < i && fillers.has(words[at]!)) starts.add(++at);
      at = i + 1;
    }
  }
  return starts;
}

const fits = (part: Extract<Part, { words: unknown }>, w: string) =>
  part.words.includes(w) || part.prefixes.some((p) => w.startsWith(p));

function matchFrom(p: Pattern, words: readonly string[], i: number, j: number): number {
  if (j === p.parts.length) return i;
  const part = p.parts[j]!;
  if ('gap' in part) {
    for (let g = 0; g <= part.gap && i + g <= words.length; g++) {
      const end = matchFrom(p, words, i + g, j + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  return i < words.length && fits(part, words[i]!) ? matchFrom(p, words, i + 1, j + 1) : -1;
}

/** Where the pattern matches in the sentence: start indexes. */
export const matches = (p: Pattern, s: Sentence): number[] => spans(p, s).map(([start]) => start);

/** Where the pattern matches in the sentence: [start, end) of each match (the shortest from each start). */
export function spans(p: Pattern, s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < s.words.length; i++) {
    if (p.start && !s.starts.has(i)) continue;
    const end = matchFrom(p, s.words, i, 0);
    if (end >= 0) out.push([i, end]);
  }
  return out;
}
