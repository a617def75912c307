// Faults only a process meets, on the built binary: a reader that goes away (EPIPE) and signals
// mid-session. (Bad input of every other kind: tests/commands/faults.test.ts.)
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT } from '../helpers/cli.js';
import { fileIn, tempFolder } from '../helpers/run-in-process.js';

const EXAMPLE = join(ROOT, 'tests/fixtures/example.yaml');

const tempDir = () => tempFolder('talkcoach-faults-');

describe('streams', () => {
  it('output piped into head -1 is quiet and exits 0 (EPIPE)', () => {
    const dir = tempDir();
    // A plan large enough to overflow the pipe buffer, so the write really meets a closed pipe.
    const points = Array.from(
      { length: 3000 },
      (_, i) => `  p${i}: { section: opening, do: "Point number ${i} with enough words to be long.", source: test }`,
    ).join('\n');
    const big = readFileSync(join(ROOT, 'tests/fixtures/minimal.yaml'), 'utf8')
      .replace('add: [rest]', `add: [rest, ${Array.from({ length: 3000 }, (_, i) => `p${i}`).join(', ')}]`)
      .replace('points:\n', `points:\n${points}\n`);
    const f = fileIn(dir, 'big.yaml', big);
    const r = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; echo no | "${NODE}" "${BIN}" run "${f}" --format json | head -1; ` +
          `echo "status=\${PIPESTATUS[1]}" >&2`,
      ],
      // A known region: a run with none says on stderr how to set one.
      { encoding: 'utf8', env: { ...process.env, TALKCOACH_REGION: 'GB' } },
    );
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toMatch(/status=0/);
    expect(r.stderr.replace(/status=0\s*/, '')).toBe('');
  });
});

/**
 * Waits, by polling /proc, until talkcoach has installed its signal handlers. Node itself catches
 * SIGINT and SIGTERM from the start, but not SIGHUP, which talkcoach installs last in the same tick.
 */
async function handlersInstalled(pid: number): Promise<void> {
  const signum = 1;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const caught = BigInt(`0x${/SigCgt:\s*([0-9a-f]+)/.exec(status)![1]}`);
      if ((caught >> BigInt(signum - 1)) & 1n) return;
    } catch {
      // Not started yet.
    }
    await new Promise((r) => setImmediate(r));
  }
  throw new Error('the handler never appeared');
}

describe('signals', () => {
  it.each<[NodeJS.Signals, number]>([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ])('%s mid-session: one line, exit %i, nothing left behind', async (signal, code) => {
    const dir = tempDir();
    const child = spawn(NODE, [BIN, 'run', EXAMPLE, '--output', join(dir, 'plan.md')], {
      cwd: dir,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    child.stdin.write('no\nSam\n');
    await handlersInstalled(child.pid!);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr.trim()).toBe('talkcoach: stopped. Take care of yourself.');
    expect(readdirSync(dir)).toEqual([]);
  });
});
