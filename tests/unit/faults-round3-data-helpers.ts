// Runs a command line in this process (runCommandLine from src/boot.ts) with its own streams, env
// and answers: what a spawned binary would print and exit with, without starting a process.
import { Readable } from 'node:stream';
import { runCommandLine } from '../../src/boot.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runIn(
  args: string[],
  { input = '', env = {} }: { input?: string; env?: Record<string, string | undefined> } = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await runCommandLine(
    args,
    {
      stdin: Readable.from([]),
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      env: { LANG: 'C', ...env },
      lines: () => input.split('\n').filter((l, i, all) => i < all.length - 1 || l !== ''),
      terminal: false,
      canAsk: false,
    },
    '0.0.0-test',
    false,
  );
  return { code, stdout, stderr };
}
