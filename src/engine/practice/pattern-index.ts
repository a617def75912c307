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

/** The word classes, their words normalised as replies are ("youre" is "you are": only one-word
 * forms count). */
function normalisedClasses(r: CheckerRules, n: PreparedNormaliser): Record<string, string[]> {
  const one = (w: string): string[] => {
    const ws = normalise(w, n).sentences[0]?.words ?? [];
    return ws.length === 1 && ws[0] !== w ? [ws[0]!] : [];
  };
  return Object.fromEntries(
    Object.entries(r.classes ?? {}).map(([k, ws]) => [k, [...new Set(ws.flatMap((w) => [w, ...one(w)]))]]),
  );
}

export function indexPatterns(r: CheckerRules, n: PreparedNormaliser): PatternIndex {
  const classes = normalisedClasses(r, n);
  const sets: WordClasses = new Map(Object.entries(classes).map(([k, ws]) => [k, new Set(ws)]));
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
  return { count: sources.length, words: Object.fromEntries(words), always, classes };
}
