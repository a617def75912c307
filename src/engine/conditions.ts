// Conditions are data: equals / includes / all / any / not over the facts gathered so far.
import type { Condition } from './model.js';
import type { FactValue, Facts } from './types.js';

export const factOf = (facts: Facts, name: string): FactValue | undefined =>
  Object.hasOwn(facts, name) ? facts[name] : undefined;

const wanted = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

export function holds(condition: Condition, facts: Facts): boolean {
  if ('equals' in condition) {
    return Object.entries(condition.equals).every(([name, v]) => {
      const actual = factOf(facts, name);
      return typeof actual === 'string' && wanted(v).includes(actual);
    });
  }
  if ('includes' in condition) {
    return Object.entries(condition.includes).every(([name, v]) => {
      const actual = factOf(facts, name);
      const have = actual === undefined ? [] : Array.isArray(actual) ? actual : [actual];
      return wanted(v).some((x) => have.includes(x));
    });
  }
  if ('all' in condition) return condition.all.every((c) => holds(c, facts));
  if ('any' in condition) return condition.any.some((c) => holds(c, facts));
  return !holds(condition.not, facts);
}

/** One condition that holds when any of the given ones does; undefined when none is given. */
export function any(conditions: readonly (Condition | undefined)[]): Condition | undefined {
  const given = conditions.filter((c): c is Condition => c !== undefined);
  return given.length === 0 ? undefined : given.length === 1 ? given[0] : { any: given };
}

/** The facts a condition looks at. */
export function factsNamed(condition: Condition): string[] {
  if ('equals' in condition) return Object.keys(condition.equals);
  if ('includes' in condition) return Object.keys(condition.includes);
  if ('all' in condition) return condition.all.flatMap(factsNamed);
  if ('any' in condition) return condition.any.flatMap(factsNamed);
  return factsNamed(condition.not);
}

/** The values a condition names for a fact: by default only outside any `not` (what makes it hold,
 * not what stops it); with `underNot`, every value it names. */
export function valuesNamed(condition: Condition, fact: string, underNot = false): Set<string> {
  const out = new Set<string>();
  const walk = (c: Condition): void => {
    if ('equals' in c || 'includes' in c) {
      const map = 'equals' in c ? c.equals : c.includes;
      const v = Object.hasOwn(map, fact) ? map[fact] : undefined;
      if (v !== undefined) for (const x of Array.isArray(v) ? v : [v]) out.add(x);
    } else if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if (underNot) walk(c.not);
  };
  walk(condition);
  return out;
}
