// Typed errors, turned into a message and an exit code only at the edge (src/cli.ts).

/** Exit codes, documented in README.md. */
export const EXIT = {
  ok: 0,
  usage: 2,
  scenario: 3,
  answer: 4,
  inputEnded: 5,
  file: 6,
  testFailed: 7,
  internal: 70,
  hangup: 129,
  interrupted: 130,
  terminated: 143,
} as const;

export type ErrorKind = 'usage' | 'scenario' | 'answer' | 'inputEnded' | 'file' | 'testFailed' | 'interrupted';

export class TalkcoachError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** Extra lines shown after the message (for example every problem in a scenario file). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'TalkcoachError';
  }
  get exitCode(): number {
    return EXIT[this.kind];
  }
}

/** The quick way out (Esc twice, or Ctrl-C, in the coach): the screen was cleared, and nothing is said. */
export class QuickExit extends TalkcoachError {
  constructor() {
    super('interrupted', '');
    this.name = 'QuickExit';
  }
}
