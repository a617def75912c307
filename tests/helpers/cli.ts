// Runs the real built binary (bin/talkcoach.js) in a child process, as a user's shell would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/talkcoach.js', import.meta.url));
export const NODE = process.env.TALKCOACH_TEST_NODE || process.execPath;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function cli(
  args: string[],
  options: {
    input?: string;
    env?: Record<string, string | undefined>;
    cwd?: string;
    nodeArgs?: string[];
    /** Another copy of bin/talkcoach.js (a package copied elsewhere). */
    bin?: string;
  } = {},
): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    TALKCOACH_SCENARIOS: undefined,
    TALKCOACH_REGION: undefined,
    TALKCOACH_PLAIN: undefined,
    LC_ALL: undefined,
    LANG: 'C',
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(NODE, [...(options.nodeArgs ?? []), options.bin ?? BIN, ...args], {
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Fails loudly if anything looks like a stack trace. */
export const looksLikeStackTrace = (s: string): boolean => /\n\s+at .+\(.+:\d+:\d+\)|\n\s+at .+:\d+:\d+/.test(s);
