// Issue 22 (faults, round three), the reading side, where a process is the point: a reader that goes
// away from `practice --check` (a real pipe), and signals during a long `test --random` (items 13, 14).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT } from '../helpers/cli.js';

const env = { ...process.env, NO_COLOR: '1', LANG: 'C', TALKCOACH_SCENARIOS: '' };

/** CPU time (user + system, in clock ticks) a process has used: it is busy in its loop once this grows. */
const cpuTicks = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
};

describe('13. practice --check ends when its reader goes away', () => {
  it('yes x | talkcoach practice --check | head -c 10: ends, 10 bytes, nothing on stderr', async () => {
    // The shell's pipeline as a user types it; a hang would leave `yes` and talkcoach running for ever.
    const child = spawn('sh', ['-c', `yes x | "${NODE}" "${BIN}" practice --check | head -c 10`], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    // Should it hang, the whole pipeline is ended, so no `yes` is left running after the test.
    const guard = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(guard);
    expect(out).toBe('{"reply":"');
    expect(err).toBe('');
    expect(code).toBe(0);
  }, 20_000);
});

describe('14. test --random hears Ctrl-C and SIGTERM between runs', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s during 100,000 runs: exit %i, one line, well before the runs end',
    async (signal, exitCode) => {
      const child = spawn(NODE, [BIN, 'test', '--random', '100000', 'partner'], { cwd: ROOT, env });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      // Sent once the process is busy playing (it has used a second of CPU), not after a fixed sleep.
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (cpuTicks(child.pid!) >= 100) {
            clearInterval(poll);
            resolve();
          }
        }, 25);
      });
      child.kill(signal);
      const code = await closed;
      expect(code).toBe(exitCode);
      expect(err).toBe('\ntalkcoach: stopped. Take care of yourself.\n');
      // No result line: the runs were stopped. Before the fix the signal waited for the last of them,
      // and the result was printed first.
      expect(out).toBe('');
    },
    60_000,
  );
});
