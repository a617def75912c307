// What a command gets from the shell: its streams and settings, never process globals.
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: Writable & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

export interface CommonOptions {
  scenarios?: string[];
  maxBytes?: number;
}
