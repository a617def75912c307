// Can any path put a talking point in a plan? The exhaustive walk takes every answer once, but a
// point whose `when` needs a combination of answers may be missed by it. This search answers the
// question exactly: breadth-first over (node, the facts the condition reads, added yet?), which
// stays small because a condition reads only a few facts. The same search finds endings that can
// be reached with a plan section empty.
import type { Condition, Scenario } from './model.js';
import { kindOf } from './kinds/index.js';
import { answer, start } from './session.js';
import type { Answer, StartOptions, Step } from './types.js';

/** The facts a condition reads, with every value it mentions. */
function conditionFacts(c: Condition, into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  const note = (map: Record<string, string | string[]>) => {
    for (const [name, v] of Object.entries(map)) {
      const values = into.get(name) ?? new Set<string>();
      for (const x of Array.isArray(v) ? v : [v]) values.add(x);
      into.set(name, values);
    }
  };
  if ('equals' in c) note(c.equals);
  else if ('includes' in c) note(c.includes);
  else if ('all' in c) c.all.forEach((x) => conditionFacts(x, into));
  else if ('any' in c) c.any.forEach((x) => conditionFacts(x, into));
  else conditionFacts(c.not, into);
  return into;
}

type Done = Extract<Step, { done: true }>;

interface PlanSearch {
  /** The facts the outcome depends on; the search tells states apart only by these. */
  facts: Map<string, Set<string>>;
  /** The talking points whose being added along the way the outcome depends on. */
  points: ReadonlySet<string>;
  /** Is this finished session one we are looking for? */
  accept: (done: Done) => boolean;
  /** Stop at the first session found, rather than finding one for each ending. */
  first?: boolean;
}

/**
 * Sessions (as their answers) whose plan `accept`s, one for each ending where there is one.
 * `limit` bounds the states visited, so a pathological scenario cannot hang a test run.
 */
function searchPlans(
  scenario: Scenario,
  options: StartOptions,
  search: PlanSearch,
  limit = 200_000,
): Map<string, Answer[]> {
  const names = [...search.facts.keys()];
  const tracked = [...search.points];
  const keyOf = (s: Step) => {
    const { node, facts, added } = s.state.current;
    return JSON.stringify([
      node,
      names.map((k) => (Object.hasOwn(facts, k) ? facts[k] : null)),
      tracked.map((p) => added.includes(p)),
    ]);
  };
  const found = new Map<string, Answer[]>();
  const first = start(scenario, options);
  const seen = new Set<string>([keyOf(first)]);
  const queue: { step: Step; answers: Answer[] }[] = [{ step: first, answers: [] }];
  for (let i = 0; i < queue.length && seen.size < limit; i++) {
    const { step, answers } = queue[i]!;
    if (step.done) {
      const ending = step.state.current.node;
      if (!found.has(ending) && search.accept(step)) {
        found.set(ending, answers);
        if (search.first) break;
      }
      continue;
    }
    const node = scenario.nodes[step.question.node]!;
    const kind = kindOf(node);
    // The values conditions look for in this node's fact are worth typing at a text question.
    const fact = kind.recorded(node)?.fact;
    const wanted = fact ? [...(search.facts.get(fact) ?? [])] : [];
    for (const a of kind.search(step.question.options, wanted)) {
      const next = answer(scenario, step.state, a);
      const key = keyOf(next);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ step: next, answers: kind.asks ? [...answers, a] : answers });
    }
  }
  return found;
}

const inPlan = (step: Done, point: string) =>
  [...step.plan.sections, ...step.plan.more].some((s) => s.points.some((p) => p.id === point));

/** The answers of one session whose plan includes `point`, or undefined when no session can. */
export function pathToPoint(scenario: Scenario, options: StartOptions, point: string): Answer[] | undefined {
  const p = scenario.points && Object.hasOwn(scenario.points, point) ? scenario.points[point] : undefined;
  if (!p) return undefined;
  const facts = p.when ? conditionFacts(p.when) : new Map<string, Set<string>>();
  const found = searchPlans(scenario, options, {
    facts,
    points: new Set([point]),
    accept: (s) => inPlan(s, point),
    first: true,
  });
  return found.values().next().value;
}

/** For each ending that some session reaches with nothing in `section`: that session's answers. */
export function pathsWithoutSection(scenario: Scenario, options: StartOptions, section: string): Map<string, Answer[]> {
  const facts = new Map<string, Set<string>>();
  const points = new Set<string>();
  for (const [id, p] of Object.entries(scenario.points ?? {})) {
    if (p.section !== section) continue;
    points.add(id);
    if (p.when) conditionFacts(p.when, facts);
  }
  return searchPlans(scenario, options, {
    facts,
    points,
    accept: (s) => !s.plan.sections.some((x) => x.id === section && x.points.length > 0),
  });
}
