// The quoted text of a test file (scenarios/<name>.test.yaml) as translation keys, so a test file is
// translated like a scenario (scenarios/i18n/<lang>/<name>.test.yaml): `case.<index>.title`,
// `case.<index>.text.<j>`, `case.<index>.not-text.<j>`. The case's index, not its name: a name is
// free text that slugs could make collide; a case inserted or moved shows as stale strings instead.
// Structural (no test-file types): the scenario layer sits below the authoring one.
import type { Say } from './localize.js';

interface QuotingCase {
  expect?: { title?: unknown; text?: unknown; 'not-text'?: unknown } | null;
}

const PHRASE_LISTS = ['text', 'not-text'] as const;

/** Every phrase a test file's cases quote from a plan, by key. */
export function testStrings(test: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const cases = (test as { cases?: unknown } | null)?.cases;
  if (!Array.isArray(cases)) return found;
  cases.forEach((c: QuotingCase | null, k) => {
    const e = c?.expect;
    if (!e) return;
    if (typeof e.title === 'string') found.set(`case.${k}.title`, e.title);
    for (const list of PHRASE_LISTS) {
      const phrases = e[list];
      if (Array.isArray(phrases))
        phrases.forEach((p, j) => typeof p === 'string' && found.set(`case.${k}.${list}.${j}`, p));
    }
  });
  return found;
}

/** A test file's cases with their quoted phrases said by `say` (ids, answers and stances unchanged). */
export function localizeTest<T extends { cases: readonly QuotingCase[] }>(test: T, say: Say): T {
  const cases = test.cases.map((c, k) => {
    const e = c.expect;
    if (!e) return c;
    const out: Record<string, unknown> = { ...e };
    if (typeof e.title === 'string') out.title = say(`case.${k}.title`, e.title);
    for (const list of PHRASE_LISTS) {
      const phrases = e[list];
      if (Array.isArray(phrases))
        out[list] = phrases.map((p, j) => (typeof p === 'string' ? say(`case.${k}.${list}.${j}`, p) : p));
    }
    return { ...c, expect: out };
  });
  return { ...test, cases } as T;
}
