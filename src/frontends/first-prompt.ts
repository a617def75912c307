// For the benchmark (scripts/bench.mjs): with TALKCOACH_EXIT_AT_FIRST_PROMPT=1 the interactive coach
// stops, with exit code 0, as soon as its first prompt is on the screen, so start-up can be timed
// to the moment a person could answer. Documented in README.md.
export const EXIT_AT_FIRST_PROMPT = 'TALKCOACH_EXIT_AT_FIRST_PROMPT';

export const stopsAtFirstPrompt = (env: Readonly<Record<string, string | undefined>>): boolean =>
  env[EXIT_AT_FIRST_PROMPT] === '1';

/** Thrown once the first prompt has been drawn; the command line ends quietly on it. */
export class FirstPromptShown extends Error {
  constructor() {
    super('the first prompt is on the screen');
    this.name = 'FirstPromptShown';
  }
}
