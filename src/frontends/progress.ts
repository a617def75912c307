// The total in "Question 3 of about 6". The engine's estimate is the shortest way to the end, so an
// answer that leads the long way makes it jump: "3 of about 3", then "4 of about 8". What is said
// follows one rule instead: the total never goes down while the person goes on (or back), and it
// equals the question's own number only when every answer to it ends the questions.
import type { Scenario } from '../engine/model.js';
import { answer } from '../engine/session.js';
import type { Step } from '../engine/types.js';
import { answersFor } from '../engine/walk.js';

type Asking = Extract<Step, { done: false }>;

/** Past the notes (pages to read, which ask nothing) that follow. */
function pastNotes(scenario: Scenario, step: Step): Step {
  let s = step;
  for (let guard = 0; !s.done && s.question.kind === 'note' && guard < 100; guard++)
    s = answer(scenario, s.state, { continue: true });
  return s;
}

/** Whether every answer to this question ends the questions (the plan comes next). */
export function endsAfter(scenario: Scenario, step: Asking): boolean {
  return answersFor(step.question).every((a) => pastNotes(scenario, answer(scenario, step.state, a)).done);
}

/** The total to say at `step`, given the one said before in this run (0 at the start). */
export function aboutTotal(scenario: Scenario, step: Asking, said = 0): number {
  const q = step.question;
  const least = endsAfter(scenario, step) ? q.step : q.step + 1;
  return Math.max(said, q.aboutTotal, least);
}
