// The static half of "a plan never contradicts its safety stance": for each point with a tag and each
// stance that forbids it, whether any answers satisfy both the point's condition and the stance's.
// The walk checks the plans it plays; this covers the combinations a walk never tries.
//
// Where a point can come from is taken into account: the values each fact can have on arriving at each
// node are worked out first (a fixpoint over the graph, each fact on its own), and a point is tried at
// every ending it can reach, so a point an ending adds is tried only with the values that can reach that
// ending ("fear: yes" never reaches a talk ending that only "fear: no" leads to), while one added before
// the fear question is tried with every answer to it. Only the facts the two conditions name are
// enumerated. Facts are tracked one by one, not in combination, so a reported example may be one no
// single path gives; it is still a point whose condition does not rule the stance out, which is what
// the author should write.
import { factsNamed, holds, valuesNamed } from '../engine/conditions.js';
import { kindOf } from '../engine/kinds/index.js';
import type { Condition, Scenario, Stance } from '../engine/model.js';
import { STANCES } from '../engine/model.js';
import { FORBIDS, stanceCondition } from '../engine/stance.js';
import type { Facts as FactValues } from '../engine/types.js';
import { addedPoints } from '../engine/plan.js';
import { msg } from '../messages/index.js';

export interface StanceConflict {
  point: string;
  stance: Stance;
  tags: string[];
  /** Facts that show it, as `fact=value` ("unset" for a question not asked on the way). */
  answers: string;
}

const UNSET = '\u0000unset';
/** Typed text or a list: any value a condition names, or none of them. */
const ANY = '\u0000any';
const OTHER = '\u0000other';
/** Combinations tried for one pair at most: beyond it the pair is reported as not proven. */
const MAX_COMBINATIONS = 200_000;

/** The values each fact can have: a fact not in the map is unset. */
type Possible = Map<string, Set<string>>;

const valuesIn = (p: Possible, fact: string): Set<string> => p.get(fact) ?? new Set([UNSET]);

function merge(into: Possible, from: Possible): boolean {
  let changed = false;
  for (const fact of new Set([...into.keys(), ...from.keys()])) {
    const a = valuesIn(into, fact);
    const before = a.size;
    for (const v of valuesIn(from, fact)) a.add(v);
    if (!into.has(fact) || a.size !== before) changed = true;
    into.set(fact, a);
  }
  return changed;
}

interface Reach {
  /** Fact values on arriving at each node. */
  at: Map<string, Possible>;
  /** Fact values just after each point is added (by an answer, a note or an ending). */
  adds: Map<string, Possible[]>;
}

/** Plays every answer of every node once, from the values that can arrive there, until nothing changes. */
function reaching(scenario: Scenario): Reach {
  const at = new Map<string, Possible>([[scenario.start, new Map()]]);
  const todo = [scenario.start];
  while (todo.length > 0) {
    const id = todo.pop()!;
    const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id]! : undefined;
    if (!node) continue;
    const kind = kindOf(node);
    const here = at.get(id)!;
    for (const given of kind.answers(kind.options(node))) {
      const after: Possible = new Map([...here].map(([f, s]) => [f, new Set(s)]));
      const typed = kind.recorded(node)?.values === 'any';
      let moved;
      try {
        moved = kind.apply(node, given, {
          remember: (fact, v) => {
            if (!fact) return;
            after.set(fact, new Set([v === undefined ? UNSET : typed || Array.isArray(v) ? ANY : v]));
          },
          effects: (e) => {
            for (const [k, v] of Object.entries(e.set ?? {})) after.set(k, new Set([v]));
          },
        });
      } catch {
        continue;
      }
      const next = moved.next;
      if (next === undefined) continue;
      const known = at.get(next);
      if (!known) {
        at.set(next, after);
        todo.push(next);
      } else if (merge(known, after)) todo.push(next);
    }
  }
  // Where each point comes in: the answer that adds it (its own values), or the node that adds or shows it.
  // A plan is made at an ending, and questions after the add can still set facts (a fear question after
  // the point was added): so each add is tried at every ending it can lead to, with what the add itself
  // recorded kept, unless a later question can record that fact again.
  const adds = new Map<string, Possible[]>();
  const later = laterNodes(scenario);
  const atEndings = (from: string, after: Possible): Possible[] => {
    const ahead = later(from);
    const setAhead = new Set(ahead.flatMap((n) => factsOf(scenario.nodes[n]!)));
    return ahead
      .filter((n) => kindOf(scenario.nodes[n]!).ending && at.has(n))
      .map((n) => {
        const ctx: Possible = new Map(at.get(n)!);
        for (const [fact, values] of after) if (!setAhead.has(fact)) ctx.set(fact, values);
        return ctx;
      });
  };
  const push = (pointId: string, from: string, after: Possible) => {
    const node = scenario.nodes[from]!;
    const contexts = kindOf(node).ending ? [after] : atEndings(from, after);
    adds.set(pointId, [...(adds.get(pointId) ?? []), ...contexts]);
  };
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const here = at.get(id);
    if (!here) continue;
    const kind = kindOf(node);
    const recorded = kind.recorded(node);
    const many = kind.form === 'any';
    const byOption = new Set<string>();
    for (const o of kind.options(node)) {
      const after: Possible = new Map(here);
      if (recorded) after.set(recorded.fact, new Set([many ? ANY : o.id]));
      for (const [k, v] of Object.entries(o.set ?? {})) after.set(k, new Set([v]));
      for (const p of o.add ?? []) {
        byOption.add(p);
        push(p, id, after);
      }
    }
    for (const r of kind.pointRefs(node)) {
      if (byOption.has(r.id)) continue;
      const branch = r.path[0] === 'yes' || r.path[0] === 'no' ? r.path[0] : undefined;
      const after: Possible = new Map(here);
      if (branch && recorded) after.set(recorded.fact, new Set([branch]));
      push(r.id, id, after);
    }
  }
  return { at, adds };
}

/** The facts a node records or its answers set. */
function factsOf(node: Scenario['nodes'][string]): string[] {
  const kind = kindOf(node);
  const recorded = kind.recorded(node)?.fact;
  return [...(recorded ? [recorded] : []), ...kind.sets(node).flatMap((s) => Object.keys(s))];
}

/** The nodes that can come after a node (not the node itself, unless a loop leads back to it). */
function laterNodes(scenario: Scenario): (from: string) => string[] {
  const cache = new Map<string, string[]>();
  return (from) => {
    let found = cache.get(from);
    if (found) return found;
    const seen = new Set<string>();
    const queue = kindOf(scenario.nodes[from]!)
      .edges(scenario.nodes[from]!)
      .map((e) => e.target);
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
      if (!node || seen.has(id)) continue;
      seen.add(id);
      for (const e of kindOf(node).edges(node)) if (!seen.has(e.target)) queue.push(e.target);
    }
    cache.set(from, (found = [...seen]));
    return found;
  };
}

/** The values to try for a fact: those that can reach here, with typed text or a list as what the conditions name. */
function domain(fact: string, possible: Possible, conditions: Condition[]): (string | string[] | undefined)[] {
  const named = new Set(conditions.flatMap((c) => [...valuesNamed(c, fact, true)]));
  const out: (string | string[] | undefined)[] = [];
  for (const v of valuesIn(possible, fact)) {
    if (v === UNSET) out.push(undefined);
    else if (v !== ANY) out.push(v);
    else {
      // Either one text (a named one, or another) or a list (every subset of the named values).
      const list = [...named];
      out.push(...list, OTHER);
      for (let mask = 0; mask < 1 << Math.min(list.length, 12); mask++)
        out.push(list.filter((_, i) => (mask & (1 << i)) !== 0));
    }
  }
  return out;
}

function find(names: string[], domains: (string | string[] | undefined)[][], condition: Condition): FactValues | null {
  const index = names.map(() => 0);
  if (domains.some((d) => d.length === 0)) return null;
  for (;;) {
    const facts: FactValues = {};
    names.forEach((f, i) => {
      const v = domains[i]![index[i]!];
      if (v !== undefined) facts[f] = v;
    });
    if (holds(condition, facts)) return facts;
    let i = 0;
    while (i < names.length && ++index[i]! >= domains[i]!.length) index[i++] = 0;
    if (i === names.length) return null;
  }
}

const shown = (facts: FactValues, names: string[]) =>
  names
    .map((n) => {
      const v = Object.hasOwn(facts, n) ? facts[n] : undefined;
      const text = v === undefined ? 'unset' : Array.isArray(v) ? `[${v.join(', ')}]` : v === OTHER ? '(any text)' : v;
      return `${n}=${text}`;
    })
    .join(', ');

/** Every point and stance that can meet in a plan while the stance forbids one of the point's tags. */
export function stanceConflicts(scenario: Scenario): StanceConflict[] {
  const tagged = Object.entries(scenario.points ?? {}).filter(([, p]) => p.tags && p.tags.length > 0);
  // Only scenarios with tagged points pay for the analysis.
  if (tagged.length === 0 || !scenario.safety) return [];
  const { at, adds } = reaching(scenario);
  const added = addedPoints(scenario);
  const endings = Object.entries(scenario.nodes)
    .filter(([id, n]) => kindOf(n).ending && at.has(id))
    .map(([id]) => at.get(id)!);
  const out: StanceConflict[] = [];
  for (const [id, p] of tagged) {
    // A point an answer adds comes with that add; one nothing adds comes by its `when` at any ending.
    const contexts = added.has(id) ? (adds.get(id) ?? []) : p.when ? endings : [];
    for (const stance of STANCES) {
      const tags = FORBIDS[stance].filter((t) => p.tags!.includes(t));
      const sc = stanceCondition(scenario, stance);
      if (tags.length === 0 || !sc) continue;
      const all = p.when ? [p.when, sc] : [sc];
      const names = [...new Set(all.flatMap(factsNamed))];
      for (const possible of contexts) {
        const domains = names.map((f) => domain(f, possible, all));
        const size = domains.reduce((n, d) => n * d.length, 1);
        if (size > MAX_COMBINATIONS) {
          out.push({ point: id, stance, tags, answers: msg('scenario.lint.stanceTooMany', { count: size }) });
          break;
        }
        const facts = find(names, domains, { all });
        if (facts) {
          out.push({ point: id, stance, tags, answers: shown(facts, names) });
          break;
        }
      }
    }
  }
  return out;
}
