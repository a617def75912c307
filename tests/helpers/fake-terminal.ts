// A terminal in memory for driving the interactive coach in-process: keys go in as the bytes a
// real terminal sends, and the screen is read back without escape sequences.
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import type { Io } from '../../src/io/types.js';

export const KEY = {
  enter: '\r',
  down: '\u001B[B',
  up: '\u001B[A',
  space: ' ',
  escape: '\u001B',
  ctrlC: '\u0003',
  ctrlD: '\u0004',
} as const;

export interface FakeTerminal {
  io: Io;
  /** Everything shown so far, escape sequences removed. */
  screen: () => string;
  /** Everything written, escape sequences and all. */
  raw: () => string;
  stderr: () => string;
  /** Waits until `text` appears after the last thing waited for; fails with the screen after a deadline. */
  waitFor: (text: string | RegExp, ms?: number) => Promise<void>;
  press: (...keys: string[]) => void;
}

export function fakeTerminal({
  columns = 80,
  env = {},
}: { columns?: number; env?: Record<string, string> } = {}): FakeTerminal {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  // Each prompt ends the stream it writes through; a real terminal outlives them all.
  const stdout = Object.assign(
    sink((s) => (out += s)),
    { isTTY: true, columns, rows: 40, end: () => stdout },
  );
  const stderr = sink((s) => (err += s));
  let seen = 0;
  const screen = () => stripVTControlCharacters(out);
  return {
    io: { stdin, stdout, stderr, env: { LANG: 'C', ...env } },
    screen,
    raw: () => out,
    stderr: () => err,
    async waitFor(text, ms = 5000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const rest = screen().slice(seen);
        const at = typeof text === 'string' ? rest.indexOf(text) : rest.search(text);
        if (at >= 0) {
          seen += at + 1;
          return;
        }
        if (Date.now() > deadline)
          throw new Error(`waited ${ms} ms for ${String(text)}; the screen ends with:\n${rest.slice(-1500)}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    press: (...keys) => {
      for (const k of keys) stdin.write(k);
    },
  };
}
