// The piped front end: answers come one a line from a stream; no prompts, no colour.
import { fill, fillDefaults } from '../engine/fill.js';
import { answer, describeOptions, readAnswer, start } from '../engine/index.js';
import type { Plan, StartOptions, Step } from '../engine/types.js';
import { TalkcoachError } from '../errors.js';
import type { Scenario } from '../scenario/format.js';

export interface PipedResult {
  plan: Plan;
  /** Lines that came after the plan was finished. */
  leftOver: number;
}

/** Names a question without echoing anything the user typed: fill-ins show their defaults. */
function questionName(scenario: Scenario, step: Extract<Step, { done: false }>): string {
  const node = scenario.nodes[step.question.node]!;
  const text = node.kind === 'note' || node.kind === 'end' ? node.title : node.ask;
  return `question ${step.question.step} (${step.question.node}: "${fill(text, {}, fillDefaults(scenario))}")`;
}

export async function runPiped(scenario: Scenario, lines: Iterable<string> | AsyncIterable<string>, options: StartOptions): Promise<PipedResult> {
  let step = start(scenario, options);
  let lineNo = 0;
  let leftOver = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    step = skipNotes(scenario, step);
    if (step.done) {
      leftOver++;
      continue;
    }
    const read = readAnswer(step.question, line);
    if (!read.ok) {
      throw new TalkcoachError('answer', `line ${lineNo}: ${read.reason} for ${questionName(scenario, step)}`, [
        `valid answers: ${describeOptions(step.question)}`,
      ]);
    }
    step = answer(scenario, step.state, read.answer);
  }
  step = skipNotes(scenario, step);
  if (!step.done) {
    throw new TalkcoachError('inputEnded', `the answers ended after ${lineNo} line${lineNo === 1 ? '' : 's'}, while ${questionName(scenario, step)} was waiting`, [
      `valid answers: ${describeOptions(step.question)}`,
    ]);
  }
  return { plan: step.plan, leftOver };
}

/** Notes need no answer in a pipe: what they show is kept for the plan. */
function skipNotes(scenario: Scenario, step: Step): Step {
  while (!step.done && step.question.kind === 'note') step = answer(scenario, step.state, { continue: true });
  return step;
}
