// What the user is told when a command fails, and with which exit code. Kept out of cli.ts so
// that it can be tested without starting the program.
import { EngineError } from './engine/errors.js';
import { EXIT, QuickExit, TalkcoachError } from './errors.js';
import { inertLines, msg } from './messages/index.js';

export interface Failure {
  exitCode: number;
  lines: string[];
}

/** Commander's own errors carry an exit code and have already printed their message. */
interface CommanderLike {
  code: string;
  exitCode: number;
}
const isCommanderError = (e: unknown): e is CommanderLike =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as CommanderLike).code === 'string' &&
  (e as CommanderLike).code.startsWith('commander.');

/** Prompt libraries report Ctrl-C and Ctrl-D this way. */
const isPromptExit = (e: unknown): boolean => e instanceof Error && e.name === 'ExitPromptError';

/** What is said, and all that is said, when the person stops the coach (Ctrl-C, Ctrl-D, a signal). */
export const interruptedLine = (): string => msg('cli.failure', { message: msg('lang.stopped') });

export function describeFailure(e: unknown, debug: boolean): Failure {
  if (isCommanderError(e)) return { exitCode: e.exitCode === 0 ? EXIT.ok : EXIT.usage, lines: [] };
  if (isPromptExit(e)) return { exitCode: EXIT.interrupted, lines: [interruptedLine()] };
  // The screen was just cleared so no one can read it: a line now would undo that.
  if (e instanceof QuickExit) return { exitCode: e.exitCode, lines: [] };
  // msg() makes its parameters inert; a message or detail put together by hand is made so here.
  if (e instanceof TalkcoachError) {
    const [first = '', ...more] = e.message.split('\n');
    return {
      exitCode: e.exitCode,
      lines: [msg('cli.failure', { message: first }), ...[...more, ...e.details].map(inertLines)],
    };
  }
  // Our own mistake. Say so without any scenario or answer text: the message could hold either.
  const lines: string[] = [msg('cli.bug')];
  if (e instanceof EngineError) lines.push(`(engine: ${e.code})`);
  if (debug) lines.push(e instanceof Error && e.stack ? e.stack : String(e));
  return { exitCode: EXIT.internal, lines };
}

export const SIGNAL_EXIT_CODES = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated, SIGHUP: EXIT.hangup } as const;
