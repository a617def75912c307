// Can any path put a talking point in a plan? The exhaustive walk takes every answer once, but a
// point whose `when` needs a combination of answers may be missed by it. This search answers the
// question exactly: breadth-first over (node, the facts the condition reads, added yet?), which
// stays small because a condition reads only a few facts.
import type { Condition, Scenario } from '../scenario/format.js';
import { answer, start } from './session.js';
import type { Answer, FactValue, Question, StartOptions, Step } from './types.js';
import { answersFor } from './walk.js';

/** The facts a condition reads, with every value it mentions. */
export function conditionFacts(c: Condition, into = new Map<string, Set<string>>()): Map<string, Set<string>> {
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

const MAX_SUBSETS_OF = 10;

/** The answers worth trying here: every subset of a multiple choice (when small), and for typed text the values the condition looks for. */
function candidates(q: Question, facts: Map<string, Set<string>>, textFact: string | undefined): Answer[] {
  if (q.kind === 'multi' && q.options.length <= MAX_SUBSETS_OF) {
    const ids = q.options.map((o) => o.id);
    return Array.from({ length: 2 ** ids.length }, (_, mask) => ({ choices: ids.filter((_, i) => mask & (2 ** i)) }));
  }
  if (q.kind === 'text') return [{ text: '' }, { text: 'Sam' }, ...[...(textFact ? (facts.get(textFact) ?? []) : [])].map((t) => ({ text: t }))];
  return answersFor(q);
}

const inPlan = (step: Extract<Step, { done: true }>, point: string) => step.plan.sections.some((s) => s.points.some((p) => p.id === point));

/**
 * The answers of one session whose plan includes `point`, or undefined when no session can.
 * `limit` bounds the states visited, so a pathological scenario cannot hang a test run.
 */
export function pathToPoint(scenario: Scenario, options: StartOptions, point: string, limit = 200_000): Answer[] | undefined {
  const p = scenario.points && Object.hasOwn(scenario.points, point) ? scenario.points[point] : undefined;
  if (!p) return undefined;
  const facts = p.when ? conditionFacts(p.when) : new Map<string, Set<string>>();
  const project = (all: Record<string, FactValue>) => [...facts.keys()].map((k) => (Object.hasOwn(all, k) ? all[k] : null));
  const keyOf = (s: Step) => JSON.stringify([s.state.current.node, project(s.state.current.facts), s.state.current.added.includes(point)]);

  const first = start(scenario, options);
  const seen = new Set<string>([keyOf(first)]);
  const queue: { step: Step; answers: Answer[] }[] = [{ step: first, answers: [] }];
  for (let i = 0; i < queue.length && seen.size < limit; i++) {
    const { step, answers } = queue[i]!;
    if (step.done) {
      if (inPlan(step, point)) return answers;
      continue;
    }
    const node = scenario.nodes[step.question.node]!;
    const textFact = node.kind === 'text' ? node.fact : undefined;
    for (const a of candidates(step.question, facts, textFact)) {
      const next = answer(scenario, step.state, a);
      const key = keyOf(next);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ step: next, answers: step.question.kind === 'note' ? answers : [...answers, a] });
    }
  }
  return undefined;
}
