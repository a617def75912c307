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

/** A finished session of the walk. */
export type WalkedPlan = WalkResult['plans'][number];

/**
 * Depth-first, expanding each node-and-answer pair only the first time it is met: that bounds the
 * work by the scenario's size while every pair is still taken. A session whose pairs were all
 * taken before is still finished, by the answer that leads closest to an ending.
 */
export function walk(scenario: Scenario, options: StartOptions, maxSessions = 100_000): WalkResult {
  const plans: WalkResult['plans'] = [];
  const r = walkEach(scenario, options, (p) => plans.push(p), maxSessions);
  return { plans, taken: r.taken, total: r.total, cut: r.cut };
}

/**
 * The walk, handing each finished session to `onPlan` as it is found and keeping none: memory stays
 * bounded by the stack (answers waiting to be tried are kept as the state and the answer, and
 * played only when their turn comes), not by the number of plans.
 */
export function walkEach(
  scenario: Scenario,
  options: StartOptions,
  onPlan: (plan: WalkedPlan) => void,
  maxSessions = 100_000,
): Omit<WalkResult, 'plans'> & { sessions: number } {
  let sessions = 0;
  const taken = new Set<string>();
  const toEnd = stepsToEnd(scenario);
  type Pending = { step: Step; answers: Answer[] } | { from: Step; a: Answer; answers: Answer[] };
  const stack: Pending[] = [{ step: start(scenario, options), answers: [] }];
  const longest = Object.keys(scenario.nodes).length * 2;
  while (stack.length > 0 && sessions < maxSessions) {
    const pending = stack.pop()!;
    const step = 'step' in pending ? pending.step : answer(scenario, pending.from.state, pending.a);
    const answers = pending.answers;
    if (step.done) {
      sessions++;
      onPlan({ answers, ending: step.state.current.node, plan: step.plan });
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
      stack.push({ from: step, a, answers: [...answers, a] });
    }
  }
  return { sessions, taken, total: pairsToTake(scenario), cut: stack.length > 0 };
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
