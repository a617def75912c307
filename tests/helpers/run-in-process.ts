// Runs a command line in this process, through runCommandLine (src/boot.ts), as commander's own tests
// do: the output captured, the exit code returned, and every outside thing injected (standard input as
// a pipe, the environment, the clock, the working folder and the data folder), so a test starts no
// process and depends on nothing of the machine's. Spawn the built binary (helpers/cli.ts) only where
// a process is the point: signals, pipes that close, /dev/full, the package.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, vi } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { runCommandLine } from '../../src/boot.js';
import { linesOf } from '../../src/io/std.js';
import type { Io, Output } from '../../src/io/types.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  /** The working folder the command ran in. */
  cwd: string;
  /** The home folder: HOME, with the data folder (XDG_DATA_HOME) in home/.local/share. */
  home: string;
}

export interface RunOptions {
  /** Standard input, a pipe that ends after this text ('' when not given). */
  input?: string;
  /** Added to the environment, which is otherwise only LANG=C, HOME and XDG_DATA_HOME (never the
   * machine's); undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** The working folder; a new empty temporary folder when not given. */
  cwd?: string;
  /** The clock: what `new Date()` gives during the run (only Date is faked; timers stay real). */
  now?: Date | string;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed after this test file. */
export function tempFolder(prefix = 'talkcoach-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** `text` written to a new file `name` in `dir`; its path. */
export function fileIn(dir: string, name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

/** A pipe or a file at the other end: written to at once, never a terminal. */
const sink = (): Output & { text: string } => ({
  isTTY: false,
  text: '',
  write(s: string) {
    this.text += s;
    return true;
  },
});

/** Runs `talkcoach ...args` in this process; resolves to its exit code and what it wrote. */
export async function runInProcess(args: readonly string[], o: RunOptions = {}): Promise<Ran> {
  const home = tempFolder('talkcoach-home-');
  const data = join(home, '.local', 'share');
  const cwd = o.cwd ?? join(home, 'work');
  mkdirSync(cwd, { recursive: true });
  const env: Record<string, string | undefined> = { LANG: 'C', HOME: home, XDG_DATA_HOME: data, ...o.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const input = o.input ?? '';
  const stdout = sink();
  const stderr = sink();
  const io: Io = {
    env,
    stdin: Object.assign(Readable.from([Buffer.from(input)]), { isTTY: false }),
    stdout,
    stderr,
    lines: () => linesOf([Buffer.from(input)]),
    terminal: false,
    canAsk: false,
  };
  const before = process.cwd();
  // The working folder is the process's own: relative paths in the product resolve against it.
  process.chdir(cwd);
  if (o.now !== undefined) vi.useFakeTimers({ toFake: ['Date'], now: new Date(o.now) });
  try {
    const code = await runCommandLine(args, io, pkg.version, false);
    return { code, stdout: stdout.text, stderr: stderr.text, cwd, home };
  } finally {
    if (o.now !== undefined) vi.useRealTimers();
    process.chdir(before);
  }
}
