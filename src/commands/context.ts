// What a command gets from the shell: its input, outputs and settings, never process globals.
import type { Readable, Writable } from 'node:stream';

/** Where text goes. */
export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Where answers come from, one a line. */
export interface Input {
  readonly isTTY?: boolean;
  lines(): Iterable<string> | AsyncIterable<string>;
}

/** The terminal's own streams, for the interactive coach (prompt libraries need real streams). */
export interface Terminal {
  input: Readable & { isTTY?: boolean };
  output: Writable & { isTTY?: boolean; columns?: number };
}

export interface Io {
  stdin: Input;
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
  /** Present when standard input and output are both a terminal. */
  readonly terminal: Terminal | undefined;
}

export interface CommonOptions {
  scenarios?: string[];
  maxBytes?: number;
}
