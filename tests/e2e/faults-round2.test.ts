// Issue 13 (faults, round two), items 1 to 4 and 7, on the built binary: paths that are not regular
// files, unbounded answers, -o targets, write errors, and bad user folders. Signals are sent only
// once the process is seen waiting (polled through /proc), and the time to exit after them is measured.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, looksLikeStackTrace, NODE, ROOT } from '../helpers/cli.js';

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

const timings: string[] = [];
const note = (what: string, r: Ended) =>
  timings.push(
    `${what}: exit ${r.code}${r.afterSignal !== undefined ? `, ${Math.round(r.afterSignal)} ms after the signal` : ''}`,
  );

describe('1. paths that are not regular files are refused at once, and never hold up a signal', () => {
  it('a FIFO as the scenario: refused before it is opened (exit 6)', async () => {
    const fifo = mkfifo(join(tmp(), 'f.yaml'));
    const started = performance.now();
    const r = await run(['run', fifo, '--no-input']);
    note('FIFO as scenario', r);
    expect(r.code).toBe(6);
    expect(r.stderr).toBe(`talkcoach: ${fifo} is a named pipe (FIFO), not a regular file\n`);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('/dev/zero as the scenario: refused, nothing read (exit 6)', async () => {
    const r = await run(['run', '/dev/zero', '--no-input']);
    note('/dev/zero as scenario', r);
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
    note(`FIFO as --answers, ${signal}`, r);
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
      note(`FIFO in ${how} folder (list)`, r);
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

describe('3. -o replaces only a regular file', () => {
  it.each([
    ['a FIFO', (dir: string) => mkfifo(join(dir, 'fifo')), 'a named pipe (FIFO)'],
    ['a device', () => '/dev/null', 'a device'],
    [
      'a link to a device',
      (dir: string) => (symlinkSync('/dev/null', join(dir, 'link')), join(dir, 'link')),
      'a device',
    ],
    ['a folder (as a full path: -o names it so)', (dir: string) => dir, 'a folder'],
  ])('%s: refused, left as it was (exit 6)', (_name, make, what) => {
    const dir = tmp();
    const target = make(dir);
    const r = cli(['run', 'partner', '-o', target], { input: ANSWERS });
    expect(r.code).toBe(6);
    expect(r.stderr).toBe(
      `talkcoach: will not save to ${target}: it is ${what}, not a regular file ` +
        '(-o - writes the plan to standard output)\n',
    );
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a symlink loop says so', () => {
    const dir = tmp();
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    const r = cli(['run', 'partner', '-o', join(dir, 'a')], { input: ANSWERS });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('too many symbolic links (a loop)');
  });

  it('-o - writes to standard output; a 230-character name is saved; a link to a file keeps the link', () => {
    const r = cli(['run', 'partner', '-o', '-', '--format', 'json'], { input: ANSWERS });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe(3);
    const dir = tmp();
    const long = join(dir, `${'p'.repeat(227)}.md`);
    expect(cli(['run', 'partner', '-o', long], { input: ANSWERS }).code).toBe(0);
    expect(existsSync(long)).toBe(true);
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    // An existing file is replaced only with --force; through a link, the link itself is kept.
    expect(cli(['run', 'partner', '-o', join(dir, 'link.txt')], { input: ANSWERS }).code).toBe(6);
    expect(cli(['run', 'partner', '-o', join(dir, 'link.txt'), '--force'], { input: ANSWERS }).code).toBe(0);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe(join(dir, 'real.txt'));
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toContain('Sam');
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

describe('the time each signal took', () => {
  it('prints how long each signal took to end a waiting run', () => {
    console.log(timings.join('\n'));
    expect(timings.length).toBeGreaterThan(0);
  });
});
