// Which patterns a reply can possibly match, known before any is compiled: every pattern of the
// rules in one list (`patternSources`), and an index from a word to the patterns that need it.
// The build computes the index once (scripts/lib/compile-builtins.ts writes it into the compiled
// practice file), so a fresh process compiles only the few patterns whose words the reply holds;
// rules read from YAML get it computed on first use.
import type { CheckerRules, PatternIndex } from './model.js';
import { normalise, type PreparedNormaliser } from './normalise.js';
import { compile, requiredWords, type WordClasses } from './patterns.js';

/** Every pattern of the rules, in a fixed order: each signal's patterns then its exceptions, then
 * the crisis words (always, unless-denied, except), then the reported frames. The index refers to
 * them by position. */
export function patternSources(r: CheckerRules): string[] {
  return [
    ...r.signals.flatMap((s) => [...s.patterns, ...(s.except ?? [])]),
    ...r.crisis.always,
    ...r.crisis['unless-denied'],
    ...(r.crisis.except ?? []),
    ...(r.reported?.frames ?? []),
  ];
}

/** The words a class gains when its words are normalised as replies are ("youre" is "you are": only
 * one-word forms count). Usually none: the index ships only these, not the classes again. */
function classExtras(r: CheckerRules, n: PreparedNormaliser): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, ws] of Object.entries(r.classes ?? {})) {
    const has = new Set(ws);
    const extra = ws.flatMap((w) => {
      const one = normalise(w, n).sentences[0]?.words ?? [];
      return one.length === 1 && !has.has(one[0]!) ? [one[0]!] : [];
    });
    if (extra.length > 0) out[k] = [...new Set(extra)];
  }
  return out;
}

/** The word classes as patterns and the scorer read them: their words and the extras. */
export function wordClasses(r: CheckerRules, extras: Record<string, string[]>): Map<string, Set<string>> {
  return new Map(Object.entries(r.classes ?? {}).map(([k, ws]) => [k, new Set([...ws, ...(extras[k] ?? [])])]));
}

export function indexPatterns(r: CheckerRules, n: PreparedNormaliser): PatternIndex {
  const extras = classExtras(r, n);
  const sets: WordClasses = wordClasses(r, extras);
  const sources = patternSources(r);
  const parts = sources.map((source) => requiredWords(compile(source, n), sets));
  // Each pattern is filed under its rarest required part: the one whose words stand in the fewest
  // patterns ("you" stands in hundreds: filed under it, a pattern would be tried on nearly every reply).
  const often = new Map<string, number>();
  for (const ps of parts) for (const w of new Set(ps.flat())) often.set(w, (often.get(w) ?? 0) + 1);
  const cost = (ws: string[]) => ws.reduce((sum, w) => sum + often.get(w)!, 0);
  const words = new Map<string, number[]>();
  const always: number[] = [];
  parts.forEach((ps, id) => {
    const rarest = ps.reduce<string[] | undefined>(
      (best, ws) => (!best || cost(ws) < cost(best) ? ws : best),
      undefined,
    );
    if (!rarest) always.push(id);
    else for (const w of rarest) words.set(w, [...(words.get(w) ?? []), id]);
  });
  // Each word's patterns rise: written as the rise over the one before (smaller numbers, a smaller package).
  const rises = [...words].map(([w, ids]): [string, number[]] => [w, ids.map((id, i) => id - (ids[i - 1] ?? 0))]);
  return { count: sources.length, words: Object.fromEntries(rises), always, classExtras: extras };
}
