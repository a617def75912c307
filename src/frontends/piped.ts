// The piped front end: answers come one a line; no prompts, no colour.
import { start } from '../engine/session.js';
import { playLine, skipNotes } from '../engine/play.js';
import { describeOptions, engineWords, questionName } from '../render/words.js';
import { msg, yesNoWords } from '../messages/index.js';
import type { Plan, StartOptions } from '../engine/types.js';
import { TalkcoachError } from '../errors.js';
import type { Scenario } from '../engine/model.js';

export interface PipedResult {
  plan: Plan;
  /** Lines that came after the plan was finished, among those read already: the plan is made as soon
   * as the last answer is read, never waiting for the end of the input. */
  leftOver: number;
}

/** Lines, perhaps able to say how many were read already but not yet taken (src/io/std.ts). */
export type AnswerLines = (Iterable<string> | AsyncIterable<string>) & { pending?: () => number };

export async function runPiped(
  scenario: Scenario,
  lines: AnswerLines,
  options: StartOptions,
  /** Told of each question whose typed answer was cut to the longest kept. */
  onCut?: (question: string) => void,
): Promise<PipedResult> {
  const typed = yesNoWords();
  let step = skipNotes(scenario, start(scenario, options));
  let lineNo = 0;
  let leftOver = 0;
  // A scenario that asks nothing reads nothing.
  if (!step.done)
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      const played = playLine(scenario, step, line, typed);
      if (!played.ok) {
        throw new TalkcoachError(
          'answer',
          msg('piped.notAnswer', {
            line: lineNo,
            why: engineWords(played.reason, played.part),
            question: questionName(scenario, step.question),
          }),
          [msg('piped.validAnswers', { list: describeOptions(step.question) })],
        );
      }
      if (played.cut) onCut?.(questionName(scenario, step.question));
      step = played.step;
      if (step.done) {
        leftOver = Array.isArray(lines) ? lines.length - lineNo : (lines.pending?.() ?? 0);
        break;
      }
    }
  if (!step.done) {
    throw new TalkcoachError(
      'inputEnded',
      msg('piped.answersEnded', { count: lineNo, question: questionName(scenario, step.question) }),
      [msg('piped.validAnswers', { list: describeOptions(step.question) })],
    );
  }
  return { plan: step.plan, leftOver };
}
