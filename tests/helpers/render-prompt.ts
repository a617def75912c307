// @inquirer/testing's render, with the prompt cancelled when the test ends. A test that only reads
// the screen leaves its prompt waiting; with the test workers shared between files (isolate: false),
// the worker's exit then closed it, and its ExitPromptError surfaced as an unhandled rejection in
// whichever file was running (seen once in five full runs: a red run with every test passed).
import { input } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { onTestFinished } from 'vitest';
import { list } from '../../src/frontends/list-prompt.js';
import type { QuestionPrompt } from '../../src/frontends/question-prompt.js';
import { ticks } from '../../src/frontends/ticks-prompt.js';

export const renderPrompt: typeof render = async (prompt, props, options) => {
  const controller = new AbortController();
  const rendered = await render(prompt, props, { ...options, signal: options?.signal ?? controller.signal });
  // Marks the cancellation as expected; a test that awaits the answer still gets what it gives.
  rendered.answer.catch(() => undefined);
  onTestFinished(() => controller.abort());
  return rendered;
};

/** A question's prompt (src/frontends/question-prompt.ts) rendered with the prompt its kind names. */
export const renderQuestion = (p: QuestionPrompt) =>
  p.prompt === 'list'
    ? renderPrompt(list, p.config)
    : p.prompt === 'ticks'
      ? renderPrompt(ticks, p.config)
      : renderPrompt(input, p.config);
