// Conditions checked against the facts the questions record: a fact no question records, a value
// it never takes, `equals` on a multiple-choice fact (never true), `includes` on a single-answer
// fact, and an empty `equals: {}` or `includes: {}` (always true).
import { didYouMean, msg } from '../messages/index.js';
import type { Condition } from '../engine/model.js';

/** What is known of a fact: the values it can take ('any' for typed text), and whether a multi question records it. */
export interface FactInfo {
  values: Set<string> | 'any';
  many: boolean;
  one: boolean;
}

type Report = (path: (string | number)[], message: string) => void;

export class Facts {
  readonly info = new Map<string, FactInfo>();

  note(fact: string, v: string | 'any', form: 'one' | 'many'): void {
    let known = this.info.get(fact);
    if (!known) this.info.set(fact, (known = { values: new Set(), many: false, one: false }));
    if (form === 'many') known.many = true;
    else known.one = true;
    if (v === 'any') known.values = 'any';
    else if (known.values !== 'any') known.values.add(v);
  }
}

export function checkCondition(
  c: Condition,
  path: (string | number)[],
  facts: Facts,
  report: { error: Report; warning: Report },
  suggest: (word: string, among: readonly string[]) => string | undefined,
): void {
  const factCheck = (map: Record<string, string | string[]>, key: 'equals' | 'includes') => {
    const names = Object.keys(map);
    if (names.length === 0) report.error([...path, key], msg('scenario.lint.emptyCondition', { key }));
    for (const name of names) {
      const at = [...path, key, name];
      const known = facts.info.get(name);
      if (!known) {
        report.warning(at, msg('scenario.lint.noFact', { name }) + didYouMean(suggest(name, [...facts.info.keys()])));
        continue;
      }
      if (key === 'equals' && known.many && !known.one) {
        report.error(at, msg('scenario.lint.equalsOnMulti', { name }));
        continue;
      }
      if (key === 'includes' && known.one && !known.many)
        report.warning(at, msg('scenario.lint.includesOnOne', { name }));
      if (known.values === 'any') continue;
      const v = map[name]!;
      for (const value of Array.isArray(v) ? v : [v]) {
        if (!known.values.has(value)) {
          const c2 = suggest(value, [...known.values]);
          report.warning(at, msg('scenario.lint.neverValue', { name, value }) + didYouMean(c2));
        }
      }
    }
  };
  const inner = (x: Condition, ...rest: (string | number)[]) =>
    checkCondition(x, [...path, ...rest], facts, report, suggest);
  if ('equals' in c) factCheck(c.equals, 'equals');
  else if ('includes' in c) factCheck(c.includes, 'includes');
  else if ('all' in c) c.all.forEach((x, i) => inner(x, 'all', i));
  else if ('any' in c) c.any.forEach((x, i) => inner(x, 'any', i));
  else inner(c.not, 'not');
}
