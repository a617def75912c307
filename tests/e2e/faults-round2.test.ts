// Issue 13 (faults, round two), on the built binary, where a process is the point: paths that are not
// regular files (a FIFO that could block, /dev/zero that never ends), answers in a small heap, write
// errors (/dev/full, a closed pipe) and bad user folders. Signals are sent only once the process is
// seen waiting (polled through /proc), and each test checks the time to exit after its own signal.
// (-o targets that are not regular files: tests/commands/save-targets.test.ts.)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, looksLikeStackTrace, NODE, ROOT } from '../helpers/cli.js';

const ANSWERS = 'no\nSam\nno\ncost,time\nmood\nsteady\nno\nopen\n';
const tmp = () => mkdtempSync(join(tmpdir(), 'talkcoach-faults2-'));
const mkfifo = (path: string) => {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
  return path;
};
const env = { ...process.env, NO_COLOR: '1', LANG: 'C', TALKCOACH_SCENARIOS: '' };

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
  /** Milliseconds from the signal to the exit, when one was sent. */
  afterSignal?: number;
}

/** Runs the binary; if it is still running once `waiting(pid)` holds (polled), sends `signal` and
 * measures how long it takes to end. A process that never waits just ends. */
function run(
  args: string[],
  o: {
    signal?: NodeJS.Signals;
    waiting?: (pid: number) => boolean;
    extraEnv?: Record<string, string>;
    stdin?: 'ignore';
  } = {},
): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [BIN, ...args], {
      cwd: ROOT,
      env: { ...env, ...o.extraEnv },
      stdio: [o.stdin ?? 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    let sentAt: number | undefined;
    const deadline = Date.now() + 10_000;
    const poll = setInterval(() => {
      if (sentAt !== undefined) return;
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        reject(new Error('never seen waiting'));
        return;
      }
      if (o.signal && child.pid && (o.waiting?.(child.pid) ?? true)) {
        sentAt = performance.now();
        child.kill(o.signal);
      }
    }, 25);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        ...(sentAt !== undefined ? { afterSignal: performance.now() - sentAt } : {}),
      });
    });
  });
}

/** The process has `path` open (it is waiting on it). */
const hasOpen = (path: string) => (pid: number) => {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
};

describe('1. paths that are not regular files are refused at once, and never hold up a signal', () => {
  it('a FIFO as the scenario: refused before it is opened (exit 6)', async () => {
    const fifo = mkfifo(join(tmp(), 'f.yaml'));
    const started = performance.now();
    const r = await run(['run', fifo, '--no-input']);
    expect(r.code).toBe(6);
    expect(r.stderr).toBe(`talkcoach: ${fifo} is a named pipe (FIFO), not a regular file\n`);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('/dev/zero as the scenario: refused, nothing read (exit 6)', async () => {
    const r = await run(['run', '/dev/zero', '--no-input']);
    expect(r.code).toBe(6);
    expect(r.stderr).toBe('talkcoach: /dev/zero is a device, not a regular file\n');
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)('a FIFO as --answers with no writer: waits, and %s ends it at once (exit %i)', async (signal, code) => {
    const fifo = mkfifo(join(tmp(), 'answers'));
    const r = await run(['run', 'partner', '--answers', fifo], { signal, waiting: hasOpen(fifo) });
    expect(r.code).toBe(code);
    expect(r.stderr).toContain('talkcoach: stopped. Take care of yourself.');
    expect(r.afterSignal).toBeLessThan(1000);
  });

  it('a FIFO as --answers with a writer: the answers are read from it', () => {
    const dir = tmp();
    const fifo = mkfifo(join(dir, 'answers'));
    const r = spawnSync(
      'bash',
      [
        '-c',
        `printf '${ANSWERS.replace(/\n/g, '\\n')}' > "$1" & "$2" "$3" run partner --answers "$1" --format json`,
        '_',
        fifo,
        NODE,
        BIN,
      ],
      { env, encoding: 'utf8', timeout: 15_000 },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toContain('Sam');
  });

  it('/dev/zero as --answers: refused (exit 6)', async () => {
    const r = await run(['run', 'partner', '--answers', '/dev/zero']);
    expect(r.code).toBe(6);
    expect(r.stderr).toBe('talkcoach: /dev/zero is a device, not a regular file\n');
  });

  it.each(['--scenarios', 'TALKCOACH_SCENARIOS'])(
    'a FIFO inside a folder given by %s: skipped with a warning; list ends (exit 0)',
    async (how) => {
      const dir = tmp();
      const fifo = mkfifo(join(dir, 'x.yaml'));
      const r = await run(how === '--scenarios' ? ['list', '--scenarios', dir] : ['list'], {
        extraEnv: how === '--scenarios' ? {} : { TALKCOACH_SCENARIOS: dir },
      });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`talkcoach: warning: skipped ${fifo}: it is a named pipe (FIFO), not a regular file\n`);
      expect(r.stdout).toContain('partner');
    },
  );

  it('a FIFO in the folder does not stop a built-in scenario from running', async () => {
    const dir = tmp();
    mkfifo(join(dir, 'x.yaml'));
    const r = spawnSync(NODE, [BIN, 'run', 'partner', '--format', 'json'], {
      input: ANSWERS,
      env: { ...env, TALKCOACH_SCENARIOS: dir },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(0);
  });
});

describe('2. answers are one short line each', () => {
  it('< /dev/zero: exit 4 with one line, in a heap of 32 MB (memory stays bounded)', () => {
    const r = spawnSync('bash', ['-c', '"$1" --max-old-space-size=32 "$2" run partner < /dev/zero', '_', NODE, BIN], {
      env,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(4);
    expect(r.stderr).toBe(
      'talkcoach: line 1 of the answers is over 64 KiB (65,536 characters): an answer is one short line\n',
    );
  });
});

describe('4. write errors on standard output', () => {
  const FULL = 'talkcoach: could not write the output: the disk is full\n';
  it.each([
    ['crisis', ['crisis']],
    ['--version', ['--version']],
    ['--help', ['--help']],
    ['list', ['list']],
    ['run (piped)', ['run', 'partner']],
    ['graph', ['graph', 'partner']],
    ['validate --format json', ['validate', '--format', 'json', 'scenarios/partner.yaml']],
  ])('%s > /dev/full: exit 6, one line, no stack', (_name, args) => {
    const r = spawnSync('bash', ['-c', '"$@" > /dev/full', '_', NODE, BIN, ...args], {
      input: ANSWERS,
      env,
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(6);
    expect(r.stderr).toBe(FULL);
    expect(looksLikeStackTrace(r.stderr)).toBe(false);
  });

  it.each([['crisis'], ['list'], ['--version']])('%s into a closed pipe: quiet, exit 0', (cmd) => {
    const r = spawnSync('bash', ['-c', '"$@" | true; exit ${PIPESTATUS[0]}', '_', NODE, BIN, cmd], {
      env,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
