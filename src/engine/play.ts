// Playing answers given as lines of text, as in piped mode: one line answers one question, notes
// take no line. Shared by the piped front end and `talkcoach test`, so both read answers alike.
import type { Scenario } from './model.js';
import { readAnswer } from './answer-text.js';
import { fill, fillDefaults } from './fill.js';
import { askedKind, kindOf } from './kinds/index.js';
import { answer } from './session.js';
import type { Answer, Question, Step } from './types.js';
import type { EngineMessageId } from './words.js';
import type { TypedWords } from './kinds/kind.js';
import { typedIsCut } from './typed.js';

/** Notes need no line: what they show is kept for the plan. */
export function skipNotes(scenario: Scenario, step: Step): Step {
  while (!step.done && !askedKind(step.question).asks) step = answer(scenario, step.state, { continue: true });
  return step;
}

export type LineResult =
  { ok: true; step: Step; cut?: true } | { ok: false; reason: EngineMessageId; part?: number; question: Question };

/** Answers the question waiting at `step` (after any notes) with one line. */
export function playLine(
  scenario: Scenario,
  step: Extract<Step, { done: false }>,
  line: string,
  typed?: TypedWords,
): LineResult {
  const read = readAnswer(step.question, line, typed);
  if (!read.ok)
    return { ok: false, reason: read.reason, ...(read.part ? { part: read.part } : {}), question: step.question };
  const next = skipNotes(scenario, answer(scenario, step.state, read.answer));
  // Typed text over MAX_TYPED_LENGTH is kept cut: said, so a front end can tell the person.
  return 'text' in read.answer && typedIsCut(read.answer.text)
    ? { ok: true, step: next, cut: true }
    : { ok: true, step: next };
}

/** A question's heading without anything the user typed: fill-ins show their defaults. */
export function plainHeading(scenario: Scenario, question: Question): string {
  const node = scenario.nodes[question.node]!;
  return fill(kindOf(node).heading(node), {}, fillDefaults(scenario));
}

/** An answer written as the line that gives it in piped mode (notes take none). */
export function answerLine(a: Answer): string | undefined {
  if ('choice' in a) return a.choice;
  if ('choices' in a) return a.choices.join(',');
  if ('yes' in a) return a.yes ? 'yes' : 'no';
  if ('text' in a) return a.text;
  return undefined;
}
