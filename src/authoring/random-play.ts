// Seeded random play-throughs (as ChoiceScript's randomtest): each run answers every question at
// random until an ending, and its plan is checked like the walk's. The same seed gives the same
// runs, so a reported run can be replayed. Pure: the scenario arrives loaded.
import { msg } from '../messages/index.js';
import { askedKind } from '../engine/kinds/index.js';
import { answer, start } from '../engine/session.js';
import type { Answer, Question, StartOptions, Step } from '../engine/types.js';
import type { Scenario } from '../engine/model.js';
import { asLines, planFaults } from './walk-check.js';
import { emptyCounts, type SafetyCounts } from './safety-checks.js';
// The practice's seeded generator: the same seed gives the same answers.
import { seeded } from '../engine/practice/session.js';

interface RandomRun {
  run: number;
  /** The answers, one a line as piped to `talkcoach run`. */
  lines: string[];
  fault: string;
}

export interface RandomReport {
  runs: number;
  seed: number;
  endings: Map<string, number>;
  /** Runs that never reached an ending, or whose plan lacks what every plan must have (the first few). */
  bad: RandomRun[];
  badCount: number;
  /** The safety rules, counted over every plan played. */
  safety: SafetyCounts;
}

const TEXTS = ['', 'Sam'];

function pick(q: Question, random: () => number): Answer {
  const ids = q.options.map((o) => o.id);
  const kind = askedKind(q);
  if (kind.form === 'any') return { choices: ids.filter(() => random() < 0.5) };
  if (kind.form === 'typed') return { text: TEXTS[Math.floor(random() * TEXTS.length)]! };
  const all = kind.answers(q.options);
  return all[Math.floor(random() * all.length)]!;
}

const KEEP = 5;

/** Plays runs one at a time, so that a caller can let signals in between them (30,000 runs take 20 s). */
export function randomPlayer(scenario: Scenario, options: StartOptions, seed: number) {
  const random = seeded(seed);
  const endings = new Map<string, number>();
  const bad: RandomRun[] = [];
  let badCount = 0;
  let played = 0;
  const safety = emptyCounts();
  // A run longer than this is going round a loop: it counts as one without a plan.
  const longest = Object.keys(scenario.nodes).length * 4;
  return {
    play(): void {
      const run = ++played;
      let step: Step = start(scenario, options);
      const answers: Answer[] = [];
      while (!step.done && answers.length <= longest) {
        const a = pick(step.question, random);
        answers.push(a);
        step = answer(scenario, step.state, a);
      }
      const faults = step.done ? planFaults(scenario, step.plan, safety) : [msg('authoring.fault.noEnding')];
      if (step.done) endings.set(step.state.current.node, (endings.get(step.state.current.node) ?? 0) + 1);
      if (faults.length > 0) {
        badCount++;
        if (bad.length < KEEP) bad.push({ run, lines: asLines(answers), fault: faults.join('; ') });
      }
    },
    report: (): RandomReport => ({ runs: played, seed, endings, bad, badCount, safety }),
  };
}
