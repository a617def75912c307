// `talkcoach test --walk`: the exhaustive walk, checking what every plan must have, and which
// talking points no path can put in a plan. Pure: the scenario arrives loaded.
import { pathsWithoutSection, pathToPoint } from '../engine/coverage.js';
import { answerLine } from '../engine/play.js';
import { disclaimer, words } from '../render/words.js';
import { walkEach } from '../engine/walk.js';
import type { Answer, Plan, StartOptions } from '../engine/types.js';
import { renderPlanText } from '../render/text.js';
import { crisisLines } from '../render/crisis.js';
import type { Scenario } from '../engine/model.js';
import { isEnd, reachable } from '../engine/graph.js';
import { msg, type MessageId } from '../messages/index.js';
import { checkPlanSafety, emptyCounts, type SafetyCounts } from './safety-checks.js';

interface WalkProblem {
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
  /** Endings some plan reaches without what every plan must have: one for each ending and fault. */
  problems: WalkProblem[];
  /** Talking points that no path puts in a plan. */
  unreachable: WalkProblem[];
  /** The safety rules, counted over every plan of the walk. */
  safety: SafetyCounts;
}

// Headings may be printed in capitals.
const has = (text: string, phrase: string) => text.toLowerCase().includes(phrase.toLowerCase());

/** What every plan must have, checked on the plan and on its printed text; `fault` says what is wrong. */
const INVARIANTS: { fault: MessageId; holds: (plan: Plan, text: string) => boolean }[] = [
  {
    fault: 'authoring.fault.noBoundaries',
    holds: (p, t) => p.sections.some((s) => s.id === 'boundaries' && s.points.length > 0 && has(t, words(s.title))),
  },
  {
    fault: 'authoring.fault.noDisclaimer',
    holds: (p, t) => words(p.disclaimer) === disclaimer() && has(t, disclaimer().split(' ').slice(0, 6).join(' ')),
  },
  {
    fault: 'authoring.fault.noCrisis',
    holds: (p, t) => Boolean(p.crisis.advice && p.crisis.directory.url) && has(t, crisisLines(p.crisis).heading),
  },
  { fault: 'authoring.fault.unfilled', holds: (_p, t) => !/\{\{/.test(t) },
];

/** What is wrong with one finished plan: the invariants every plan must hold, and the safety rules. */
export function planFaults(scenario: Scenario, plan: Plan, safety: SafetyCounts = emptyCounts()): string[] {
  const text = renderPlanText(plan, { width: 100 });
  return [
    ...INVARIANTS.filter((inv) => !inv.holds(plan, text)).map((inv) => msg(inv.fault)),
    ...checkPlanSafety(scenario, plan, text, safety),
  ];
}

/** Answers as the lines to pipe into `talkcoach run` to see the same plan. */
export const asLines = (answers: readonly Answer[]): string[] =>
  answers.map(answerLine).filter((l): l is string => l !== undefined);

const example = (answers: readonly Answer[]) =>
  msg('authoring.example', { answers: JSON.stringify(asLines(answers).join('\n')) });

export function walkCheck(scenario: Scenario, options: StartOptions, maxSessions?: number): WalkReport {
  // Each plan is checked as the walk finds it and then dropped: memory stays bounded however many
  // sessions a scenario has (10,000 options once held 1.3 GB of plans).
  // The first session found for each ending and fault.
  const faults = new Map<string, { ending: string; fault: string; answers: Answer[] }>();
  const note = (ending: string, fault: string, answers: Answer[]) => {
    const key = `${ending}\n${fault}`;
    if (!faults.has(key)) faults.set(key, { ending, fault, answers });
  };
  const safety = emptyCounts();
  const inSomePlan = new Set<string>();
  const endingsReached = new Set<string>();
  const w = walkEach(
    scenario,
    options,
    (s) => {
      for (const fault of planFaults(scenario, s.plan, safety)) note(s.ending, fault, s.answers);
      for (const sec of [...s.plan.sections, ...s.plan.more]) for (const p of sec.points) inSomePlan.add(p.id);
      endingsReached.add(s.ending);
    },
    maxSessions,
  );
  // Whether the boundaries section is empty turns on conditions, which the walk may not combine
  // every way: a search over those conditions finds every ending where it can happen.
  for (const [ending, answers] of pathsWithoutSection(scenario, options, 'boundaries'))
    note(ending, msg(INVARIANTS[0]!.fault), answers);
  const problems: WalkProblem[] = [...faults.values()].map((f) => ({
    path: ['nodes', f.ending, 'add'],
    message: msg('authoring.fault.atEnding', { ending: f.ending, fault: f.fault }),
    details: [example(f.answers)],
  }));
  const unreachable: WalkProblem[] = [];
  for (const [id, p] of Object.entries(scenario.points ?? {})) {
    // The walk may miss a combination of answers; the search settles it.
    if (inSomePlan.has(id) || pathToPoint(scenario, options, id)) continue;
    unreachable.push({
      path: ['points', id],
      message: msg(p.when ? 'testing.pointNeverHolds' : 'testing.pointNeverAdded', { id }),
      details: [],
    });
  }

  const seen = reachable(scenario);
  const endings = Object.entries(scenario.nodes).filter(([id, n]) => isEnd(n) && seen.has(id));
  return {
    sessions: w.sessions,
    taken: w.taken.size,
    total: w.total,
    endingsReached: endingsReached.size,
    endingsTotal: endings.length,
    cut: w.cut,
    problems,
    unreachable,
    safety,
  };
}
