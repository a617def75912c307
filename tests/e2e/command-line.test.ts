// The command line on a real pipe: the plan comes as soon as the last answer is read, while the
// writer still holds the pipe open. (Everything else about the command line runs in process:
// tests/commands/command-line.test.ts.)
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, NODE } from '../helpers/cli.js';

const ANSWERS = 'no\nAlex\nno\ncost,time\nmood\nsteady\nno\nopen\n';

describe('a piped run prints the plan as soon as the last answer is read', () => {
  it('with the pipe still open: the plan comes, and the run ends', async () => {
    const child = spawn(NODE, [BIN, 'run', 'partner', '--json'], { env: { ...process.env, LANG: 'C' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Answers, then two lines more in the same write, and the pipe left open.
    child.stdin.write(`${ANSWERS}extra\nmore\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { version: number }).version).toBe(3);
    expect(stderr).toMatch(/2 more lines were ignored/);
  }, 15_000);
});
