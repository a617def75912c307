// @inquirer/testing's render, with the prompt cancelled when the test ends. A test that only reads
// the screen leaves its prompt waiting; with the test workers shared between files (isolate: false),
// the worker's exit then closed it, and its ExitPromptError surfaced as an unhandled rejection in
// whichever file was running (seen once in five full runs: a red run with every test passed).
import { render } from '@inquirer/testing';
import { onTestFinished } from 'vitest';

export const renderPrompt: typeof render = async (prompt, props, options) => {
  const controller = new AbortController();
  const rendered = await render(prompt, props, { ...options, signal: options?.signal ?? controller.signal });
  // Marks the cancellation as expected; a test that awaits the answer still gets what it gives.
  rendered.answer.catch(() => undefined);
  onTestFinished(() => controller.abort());
  return rendered;
};
