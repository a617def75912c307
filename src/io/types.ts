// The streams and settings a command or front end gets, never process globals, so tests can drive them.
import type { Readable } from 'node:stream';

/** Where text goes: Node's stream on a terminal; a pipe or a file is written to directly (src/io/std.ts). */
export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
  /** True once the reader has gone (EPIPE, as with `| head`): what is written from then on is dropped,
   * so a command that streams its input to its output can stop. */
  readonly closed?: boolean;
}

export interface Io {
  /** Node's stream for standard input (the interactive coach reads keys from it), set up on first use. */
  stdin: Readable & { isTTY?: boolean };
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
  /** Answers one a line from standard input, read straight from it when it is a pipe or a file;
   * without this, they are read from the stream. */
  lines?: () => Iterable<string> | AsyncIterable<string>;
  /** Whether standard input and output are both a terminal, when known without setting up streams. */
  readonly terminal?: boolean;
  /** false when standard input or standard error is surely no terminal (a file or a pipe), known without
   * setting up streams: then no one can be asked, even with standard output sent to a file. */
  readonly canAsk?: boolean;
}

/** Standard input and output are both a terminal: the interactive coach can run. */
export const onTerminal = (io: Io): boolean => io.terminal ?? (io.stdout.isTTY === true && io.stdin.isTTY === true);
