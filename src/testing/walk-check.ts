// `talkcoach test --walk`: the exhaustive walk, checking what every plan must have, and which
// talking points no path can put in a plan. Pure: the scenario arrives loaded.
import { pathToPoint } from '../engine/coverage.js';
import { answerLine } from '../engine/play.js';
import { DISCLAIMER } from '../engine/plan.js';
import { walk } from '../engine/index.js';
import type { Answer, Plan, StartOptions } from '../engine/types.js';
import { renderPlanText } from '../render/text.js';
import { crisisLines } from '../render/crisis.js';
import type { Scenario } from '../scenario/format.js';
import { reachable } from '../engine/graph.js';

export interface WalkProblem {
  path: (string | number)[];
  message: string;
  details: string[];
}

export interface WalkReport {
  sessions: number;
  taken: number;
  total: number;
  endingsReached: number;
  endingsTotal: number;
  /** The session limit stopped the walk before every answer was taken. */
  cut: boolean;
  /** Plans that break an invariant, grouped by ending and invariant. */
  problems: WalkProblem[];
  /** Talking points that no path puts in a plan. */
  unreachable: WalkProblem[];
}

// Headings may be printed in capitals.
const has = (text: string, phrase: string) => text.toLowerCase().includes(phrase.toLowerCase());

/** What every plan must have, each with a check on the plan and on its printed text. */
const INVARIANTS: { name: string; holds: (plan: Plan, text: string) => boolean }[] = [
  {
    name: 'a boundaries section (a reminder for the user)',
    holds: (p, t) => p.sections.some((s) => s.id === 'boundaries' && s.points.length > 0 && has(t, s.title)),
  },
  { name: 'the disclaimer', holds: (p, t) => p.disclaimer === DISCLAIMER && has(t, DISCLAIMER.split(' ').slice(0, 6).join(' ')) },
  {
    name: 'the crisis block (emergency advice and a directory of helplines)',
    holds: (p, t) => Boolean(p.crisis.advice && p.crisis.directory.url) && has(t, crisisLines(p.crisis).heading),
  },
  { name: 'every fill-in filled', holds: (_p, t) => !/\{\{/.test(t) },
];

/** Answers as the lines to pipe into `talkcoach run` to see the same plan. */
export const asLines = (answers: readonly Answer[]): string[] => answers.map(answerLine).filter((l): l is string => l !== undefined);

const example = (answers: readonly Answer[]) => `for example, the answers ${JSON.stringify(asLines(answers).join('\n'))} (one a line, as piped)`;

export function walkCheck(scenario: Scenario, options: StartOptions, maxSessions?: number): WalkReport {
  const w = walk(scenario, options, maxSessions);
  const problems: WalkProblem[] = [];
  const broken = new Map<string, { ending: string; invariant: string; count: number; total: number; answers: Answer[] }>();
  const perEnding = new Map<string, number>();
  for (const s of w.plans) perEnding.set(s.ending, (perEnding.get(s.ending) ?? 0) + 1);
  for (const s of w.plans) {
    const text = renderPlanText(s.plan, { width: 100 });
    for (const inv of INVARIANTS) {
      if (inv.holds(s.plan, text)) continue;
      const key = `${s.ending}\n${inv.name}`;
      const b = broken.get(key);
      if (b) b.count++;
      else broken.set(key, { ending: s.ending, invariant: inv.name, count: 1, total: perEnding.get(s.ending)!, answers: s.answers });
    }
  }
  for (const b of broken.values()) {
    problems.push({
      path: ['nodes', b.ending, 'add'],
      message: `ending "${b.ending}": ${b.count} of ${b.total} plan${b.total === 1 ? '' : 's'} reaching it ${b.total === 1 ? 'has' : 'have'} no ${b.invariant}`,
      details: [example(b.answers)],
    });
  }

  const inSomePlan = new Set(w.plans.flatMap((s) => s.plan.sections.flatMap((sec) => sec.points.map((p) => p.id))));
  const unreachable: WalkProblem[] = [];
  for (const [id, p] of Object.entries(scenario.points ?? {})) {
    // The walk may miss a combination of answers; the search settles it.
    if (inSomePlan.has(id) || pathToPoint(scenario, options, id)) continue;
    unreachable.push({
      path: ['points', id],
      message: `talking point "${id}" is in no plan: ${p.when ? 'its when never holds at any ending' : 'nothing on any path adds it'}`,
      details: [],
    });
  }

  const seen = reachable(scenario);
  const endings = Object.entries(scenario.nodes).filter(([id, n]) => n.kind === 'end' && seen.has(id));
  return {
    sessions: w.plans.length,
    taken: w.taken.size,
    total: w.total,
    endingsReached: new Set(w.plans.map((s) => s.ending)).size,
    endingsTotal: endings.length,
    cut: w.cut,
    problems,
    unreachable,
  };
}
