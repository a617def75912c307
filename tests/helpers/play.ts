// Playing a session through the engine for tests: the one loop every test that needs a plan or a
// question used to write again.
import { answer, start } from '../../src/engine/session.js';
import type { Scenario } from '../../src/engine/model.js';
import { skipNotes } from '../../src/engine/play.js';
import type { Answer, Plan, Question, StartOptions, Step } from '../../src/engine/types.js';
import { GB } from './fixtures.js';

export interface PlayOptions {
  start?: StartOptions;
  /** Go past notes on the way (they take no answer), so `answers` holds only the questions'. */
  passNotes?: boolean;
}

/** The step after these answers, from the start. Throws when the session finishes with answers left. */
export function play(scenario: Scenario, answers: readonly Answer[], o: PlayOptions = {}): Step {
  const pass = (s: Step) => (o.passNotes ? skipNotes(scenario, s) : s);
  let step = pass(start(scenario, o.start ?? GB));
  for (const a of answers) {
    if (step.done) throw new Error(`finished with ${answers.length} answers given, before all were used`);
    step = pass(answer(scenario, step.state, a));
  }
  return step;
}

/** The plan made by these answers; throws when the session is still waiting. */
export function planOf(scenario: Scenario, answers: readonly Answer[], o: PlayOptions = {}): Plan {
  const step = play(scenario, answers, o);
  if (!step.done) throw new Error(`still waiting at ${step.question.node}`);
  return step.plan;
}

/** The question waiting after these answers; throws when the session has finished. */
export function questionAfter(scenario: Scenario, answers: readonly Answer[], o: PlayOptions = {}): Question {
  const step = play(scenario, answers, o);
  if (step.done) throw new Error('finished');
  return step.question;
}

/** Plays to an ending, answering each question with `choose` (at most `max` answers). */
export function playWith(scenario: Scenario, choose: (q: Question) => Answer, o: PlayOptions = {}, max = 50): Plan {
  let step = start(scenario, o.start ?? GB);
  for (let i = 0; i < max && !step.done; i++) step = answer(scenario, step.state, choose(step.question));
  if (!step.done) throw new Error(`no ending within ${max} answers`);
  return step.plan;
}
