// Issue 22, data, where a process is the point: check-ins kept by several processes at once, forget
// racing them, and saving onto a nearly full disk (a 64 KiB tmpfs). The rest is in process, in
// tests/unit/faults-round3-data.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT } from '../helpers/cli.js';

const TODAY = '2026-12-01';
const AGREED = 'no\nagreed\nbetter\nokay\n';
const temp = (what: string) => mkdtempSync(join(tmpdir(), `talkcoach-r3e-${what}-`));

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built binary in a child process, not waited for: several run at once. */
function start(args: string[], env: Record<string, string>, input = ''): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [BIN, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const keep = (data: string, today = TODAY) =>
  start(['checkin', '--today', today, '--keep', '--format', 'json'], { XDG_DATA_HOME: data }, AGREED);

const historyLines = (data: string): string[] => {
  try {
    return readFileSync(join(data, 'talkcoach', 'history.jsonl'), 'utf8')
      .split('\n')
      .slice(0, -1);
  } catch {
    return [];
  }
};

describe('2. check-ins kept at once', () => {
  it('4 at once, 10 rounds: 40 of 40 kept, each line whole, each run saying "Added"', async () => {
    const data = temp('keep');
    let added = 0;
    for (let round = 0; round < 10; round++) {
      const runs = await Promise.all([1, 2, 3, 4].map(() => keep(data)));
      for (const r of runs) {
        expect(r.code).toBe(0);
        if (r.stderr.includes('Added to your private history')) added++;
      }
    }
    const lines = historyLines(data);
    console.log(`concurrent --keep: ${lines.length} of 40 kept; ${added} said "Added"`);
    expect([lines.length, added]).toEqual([40, 40]);
    for (const l of lines) expect(JSON.parse(l)).toMatchObject({ date: TODAY, next: '2026-12-08' });
    expect(readdirSync(join(data, 'talkcoach'))).toEqual(['history.jsonl']);
  }, 180_000);

  it('forget under 2 concurrent --keep runs, 40 tries: the old history never comes back', async () => {
    const OLD = '{"date":"2000-01-01","answers":{"outcome":"agreed"},"next":"2000-01-08"}\n';
    let clean = 0;
    // Four tries at a time: 12 processes, enough to race without waiting on a 2-core machine for long.
    for (let batch = 0; batch < 10; batch++) {
      const tries = [0, 1, 2, 3].map(async () => {
        const data = temp('forget');
        mkdirSync(join(data, 'talkcoach'), { mode: 0o700 });
        writeFileSync(join(data, 'talkcoach', 'history.jsonl'), OLD.repeat(3), { mode: 0o600 });
        const runs = await Promise.all([keep(data), start(['forget', '--yes'], { XDG_DATA_HOME: data }), keep(data)]);
        const lines = historyLines(data);
        const ok =
          runs.every((r) => r.code === 0) &&
          runs[1]!.stdout.startsWith('Deleted ') &&
          !lines.some((l) => l.includes('2000-01-01')) &&
          lines.length <= 2 &&
          lines.every((l) => (JSON.parse(l) as { date: string }).date === TODAY) &&
          readdirSync(join(data, 'talkcoach')).every((n) => n === 'history.jsonl');
        if (!ok) console.log('not clean:', lines, runs);
        return ok;
      });
      clean += (await Promise.all(tries)).filter(Boolean).length;
    }
    console.log(`forget under concurrent --keep: ${clean} of 40 tries clean`);
    expect(clean).toBe(40);
  }, 240_000);
});

// A 64 KiB tmpfs: needs root and mount(8). Elsewhere the tests are skipped, saying why.
const disk = join(tmpdir(), `talkcoach-r3e-tmpfs-${process.pid}`);
mkdirSync(disk, { recursive: true });
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', disk], { encoding: 'utf8' });
const why = mounted.error?.message ?? mounted.stderr.trim();
const canMount = mounted.status === 0;
afterAll(() => {
  if (canMount) spawnSync('umount', [disk]);
  rmSync(disk, { recursive: true, force: true });
});

/** Fills the tmpfs until `free` bytes are left. */
function fillTo(free: number): void {
  rmSync(join(disk, 'filler'), { force: true });
  const st = statfsSync(disk);
  const size = st.bavail * st.bsize - free;
  if (size > 0) writeFileSync(join(disk, 'filler'), Buffer.alloc(size));
  expect(statfsSync(disk).bavail * statfsSync(disk).bsize).toBe(free);
}

describe.skipIf(!canMount)(
  canMount ? 'a nearly full disk (a 64 KiB tmpfs)' : `a nearly full disk: SKIPPED, cannot mount a tmpfs (${why})`,
  () => {
    it('1. run -o --force, 4 KiB free: exit 6, "the disk is full", the old plan untouched, no temp file', async () => {
      const plan = join(disk, 'plan.md');
      const old = `${'my old plan, still wanted\n'.repeat(200)}`;
      writeFileSync(plan, old);
      fillTo(4096);
      const r = await start(
        ['run', 'partner', '-o', plan, '--force'],
        { HOME: disk },
        'no\nSam\nno\ncost,time\nmood\nsteady\nno\nopen\n',
      );
      console.log(`run -o on a full tmpfs: exit ${r.code}: ${r.stderr.trim()}`);
      expect(r.code).toBe(6);
      expect(r.stderr).toBe(`talkcoach: could not save ${plan}: the disk is full. Nothing was written.\n`);
      expect(readFileSync(plan, 'utf8')).toBe(old);
      expect(readdirSync(disk).sort()).toEqual(['filler', 'plan.md']);
    });

    it('1. checkin --keep: 263 lines stay 263 whole ones on a full disk, and become 264 with room', async () => {
      for (const n of readdirSync(disk)) rmSync(join(disk, n), { recursive: true });
      const data = join(disk, 'data');
      mkdirSync(join(data, 'talkcoach'), { recursive: true, mode: 0o700 });
      const file = join(data, 'talkcoach', 'history.jsonl');
      const entry =
        '{"date":"2026-11-01","answers":{"outcome":"agreed","since":"better","self":"okay"},"next":"2026-11-08"}';
      // Whole pages, so the next line needs a new one: a full tmpfs has none to give.
      let text = `${entry}\n`.repeat(263);
      text = text.slice(0, -2) + ' '.repeat(4096 * Math.ceil(text.length / 4096) - text.length) + '}\n';
      writeFileSync(file, text, { mode: 0o600 });
      // One page free: the lock takes it and the new line finds none. None free: not even the lock is made.
      for (const free of [4096, 0]) {
        fillTo(free);
        const full = await keep(data);
        console.log(`--keep on a full disk (${free} bytes free): exit ${full.code}: ${full.stderr.trim()}`);
        expect(full.code).toBe(6);
        expect(full.stderr).toBe(
          `talkcoach: could not add to your history, ${file}: the disk is full. The history is as it was.\n`,
        );
        expect(readFileSync(file, 'utf8')).toBe(text);
        expect(readdirSync(join(data, 'talkcoach'))).toEqual(['history.jsonl']);
      }
      fillTo(8192);
      expect((await keep(data)).code).toBe(0);
      const after = readFileSync(file, 'utf8');
      expect(after.startsWith(text)).toBe(true);
      expect(after.split('\n').slice(0, -1)).toHaveLength(264);
      rmSync(data, { recursive: true });
    });

    it('19. the reminder fails on a full disk after -o was saved: says what was saved and what not', async () => {
      const out = temp('saved');
      const data = temp('data');
      fillTo(0);
      const r = await start(
        ['checkin', '--today', TODAY, '--keep', '-o', join(out, 'p.md'), '--calendar', join(disk, 'c.ics')],
        { XDG_DATA_HOME: data },
        AGREED,
      );
      console.log(`calendar on a full disk after -o: exit ${r.code}: ${r.stderr.trim()}`);
      expect(r.code).toBe(6);
      expect(r.stderr).toContain(`could not save ${join(disk, 'c.ics')}: the disk is full. Nothing was written.`);
      expect(r.stderr).toContain(`Already saved: the follow-up plan (${join(out, 'p.md')}).`);
      expect(r.stderr).toContain('Not saved: the calendar reminder; the check-in in your history.');
      expect(readdirSync(out)).toEqual(['p.md']);
      expect(historyLines(data)).toEqual([]);
      expect(readdirSync(disk).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  },
);
