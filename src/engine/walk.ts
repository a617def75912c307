// The exhaustive walk: sessions that together take every option of every reachable node at least
// once. Used by tests and by `talkcoach test --walk`.
import type { Scenario } from './model.js';
import { reachable, stepsToEnd } from './graph.js';
import { askedKind, kindOf } from './kinds/index.js';
import { answer, start } from './session.js';
import type { Answer, Plan, Question, StartOptions, Step } from './types.js';

export interface WalkResult {
  /** Each finished session: the answers given, the ending reached and the plan. */
  plans: { answers: Answer[]; ending: string; plan: Plan }[];
  /** Node and option pairs taken ("node:option"). */
  taken: Set<string>;
  /** Node and option pairs of every node reachable from the start: what `taken` should cover. */
  total: number;
  /** True when the session limit stopped the walk early. */
  cut: boolean;
}

/** Every single answer a question can take (for a multi: none, each option alone, and all). */
export const answersFor = (q: Pick<Question, 'kind' | 'options'>): Answer[] => askedKind(q).answers(q.options);

const keyOf = (node: string, a: Answer): string => `${node}:${JSON.stringify(a)}`;

/**
 * Depth-first, expanding each node-and-answer pair only the first time it is met: that bounds the
 * work by the scenario's size while every pair is still taken. A session whose pairs were all
 * taken before is still finished, by the answer that leads closest to an ending.
 */
export function walk(scenario: Scenario, options: StartOptions, maxSessions = 100_000): WalkResult {
  const plans: WalkResult['plans'] = [];
  const taken = new Set<string>();
  const toEnd = stepsToEnd(scenario);
  const stack: { step: Step; answers: Answer[] }[] = [{ step: start(scenario, options), answers: [] }];
  const longest = Object.keys(scenario.nodes).length * 2;
  while (stack.length > 0 && plans.length < maxSessions) {
    const { step, answers } = stack.pop()!;
    if (step.done) {
      plans.push({ answers, ending: step.state.current.node, plan: step.plan });
      continue;
    }
    // A path longer than the scenario has nodes is going round a loop with no way out.
    if (answers.length > longest) continue;
    const q = step.question;
    const all = answersFor(q);
    const fresh = all.filter((a) => !taken.has(keyOf(q.node, a)));
    if (fresh.length === 0) {
      const children = all.map((a) => ({ a, next: answer(scenario, step.state, a) }));
      const distance = (s: Step) => (s.done ? -1 : (toEnd.get(s.state.current.node) ?? Infinity));
      const best = children.reduce((x, y) => (distance(y.next) < distance(x.next) ? y : x));
      stack.push({ step: best.next, answers: [...answers, best.a] });
      continue;
    }
    for (const a of fresh.reverse()) {
      taken.add(keyOf(q.node, a));
      stack.push({ step: answer(scenario, step.state, a), answers: [...answers, a] });
    }
  }
  return { plans, taken, total: pairsToTake(scenario), cut: stack.length > 0 };
}

function pairsToTake(scenario: Scenario): number {
  let n = 0;
  for (const id of reachable(scenario)) {
    const node = scenario.nodes[id]!;
    const kind = kindOf(node);
    n += kind.answers(kind.options(node)).length;
  }
  return n;
}
