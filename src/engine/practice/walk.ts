// The practice walk: every line can be said (its reason is one a person can pick), every reply has
// what it needs, and the checker agrees with how each offered reply is marked (a helping reply the
// checker calls hurtful is a slip of the author, or a gap in the rules).
import { checkReply } from './checker.js';
import type { CheckerRules, PracticeContent, PracticeLine } from './model.js';
import { patternProblem } from './patterns.js';

export interface PracticeWalkProblem {
  /** Where, as a path in the file: ["reasons", "cost", "replies", 2, "better"]. */
  path: (string | number)[];
  /** A message id of the `practice.walk.` area, and its parameters. */
  id: 'unreachable' | 'fallback' | 'kind' | 'no-help' | 'no-hurt' | 'better' | 'duplicate' | 'checker' | 'pattern';
  params: Record<string, string>;
  warning?: boolean;
}

export function walkPractice(
  content: PracticeContent,
  rules: CheckerRules,
  reasonIds: readonly string[],
): PracticeWalkProblem[] {
  const out: PracticeWalkProblem[] = [];
  const seen = new Set<string>();
  const lines: [(string | number)[], PracticeLine][] = [
    [['opening'], content.opening],
    [['closing'], content.closing],
    ...Object.entries(content.reasons).map(([k, l]): [(string | number)[], PracticeLine] => [['reasons', k], l]),
  ];
  for (const reason of Object.keys(content.reasons))
    if (!reasonIds.includes(reason)) out.push({ path: ['reasons', reason], id: 'unreachable', params: { reason } });
  content.fallback.forEach((reason, i) => {
    if (!Object.hasOwn(content.reasons, reason))
      out.push({ path: ['fallback', i], id: 'fallback', params: { reason } });
  });
  for (const [path, line] of lines) {
    const kinds = line.replies.map((r) => content.kinds[r.kind]);
    if (!kinds.some((k) => k?.helps)) out.push({ path, id: 'no-help', params: {} });
    if (!kinds.some((k) => k && !k.helps)) out.push({ path, id: 'no-hurt', params: {} });
    line.replies.forEach((r, i) => {
      const at = [...path, 'replies', i];
      const kind = content.kinds[r.kind];
      if (seen.has(r.id)) out.push({ path: [...at, 'id'], id: 'duplicate', params: { reply: r.id } });
      seen.add(r.id);
      if (!kind) return void out.push({ path: [...at, 'kind'], id: 'kind', params: { kind: r.kind } });
      if (!kind.helps && r.better === undefined) out.push({ path: at, id: 'better', params: { reply: r.id } });
      // Lines the coach offers as good (a helping reply, a better one) must not read as hurtful.
      for (const [field, text] of [
        ['say', kind.helps ? r.say : undefined],
        ['better', r.better],
      ] as const) {
        if (text !== undefined && checkReply(text, rules).verdict === 'hurts')
          out.push({ path: [...at, field], id: 'checker', params: { reply: r.id }, warning: true });
      }
    });
  }
  const classes = new Map(Object.entries(rules.classes ?? {}).map(([k, ws]) => [k, new Set(ws)]));
  rules.signals.forEach((s, i) =>
    [...s.patterns, ...(s.except ?? [])].forEach((p) => {
      const why = patternProblem(p, classes);
      if (why) out.push({ path: ['signals', i], id: 'pattern', params: { pattern: p, why } });
    }),
  );
  const c = rules.crisis;
  [...c.always, ...c['unless-denied'], ...(c.except ?? [])].forEach((p) => {
    const why = patternProblem(p, classes);
    if (why) out.push({ path: ['crisis'], id: 'pattern', params: { pattern: p, why } });
  });
  (rules['negated-orders'] ?? []).forEach((p, i) => {
    const why = patternProblem(p, classes);
    if (why) out.push({ path: ['negated-orders', i], id: 'pattern', params: { pattern: p, why } });
  });
  (rules.reported?.frames ?? []).forEach((p, i) => {
    const why = patternProblem(p, classes);
    if (why) out.push({ path: ['reported', 'frames', i], id: 'pattern', params: { pattern: p, why } });
  });
  return out;
}
