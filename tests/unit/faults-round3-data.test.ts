// Issue 22, data: nothing saved half, nothing kept lost. Run in process (runCommandLine with its own
// streams and env); the cases that need a process of their own (concurrency, a full tmpfs) are in
// tests/e2e/faults-round3-data.test.ts.
import * as realFs from 'node:fs';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueCheckin } from '../../src/commands/checkin-due.js';
import { dataFolder } from '../../src/io/data-folder.js';
import { appendHistory, readHistory, type Kept } from '../../src/io/history.js';
import { breakIfStale, withLock } from '../../src/io/lock.js';
import { saveFileAtomic, type SaveFs } from '../../src/io/save.js';
import { cleanStaleTemps, pendingTemporaryFiles } from '../../src/io/temp-files.js';
import { calendarText } from '../../src/render/calendar.js';
import { runInProcess as runIn } from '../helpers/run-in-process.js';

const temp = (what = 'data') => mkdtempSync(join(tmpdir(), `talkcoach-r3-${what}-`));
const AGREED = 'no\nagreed\nbetter\nokay\n';
const TODAY = '2026-12-01';
const entry = (n: number): Kept => ({
  date: TODAY,
  answers: { outcome: 'agreed' },
  next: `2026-12-${String(n).padStart(2, '0')}`,
});
const line = (k: Kept) => `${JSON.stringify(k)}\n`;
/** A process id no process has: Linux ids stop at 4,194,304. */
const DEAD_PID = 999_999_999;
const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

/** A data folder with a history holding `text`; env points XDG_DATA_HOME at it. */
function history(text: string | Buffer = '') {
  const data = temp();
  const dir = join(data, 'talkcoach');
  mkdirSync(dir, { mode: 0o700 });
  const file = join(dir, 'history.jsonl');
  if (text !== '') writeFileSync(file, text, { mode: 0o600 });
  return { data, dir, file, env: { XDG_DATA_HOME: data } };
}

describe('1. every byte written, or nothing saved', () => {
  // A disk that takes `per` bytes a call, and `total` in all, like a nearly full one.
  const stingy = (per: number, total = Infinity): SaveFs => {
    let taken = 0;
    return {
      ...realFs,
      writeSync: ((fd: number, buf: Uint8Array, off: number, len: number) => {
        if (taken >= total) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        const n = Math.min(per, len, total - taken);
        taken += n;
        return realFs.writeSync(fd, buf, off, n);
      }) as SaveFs['writeSync'],
    };
  };

  it('100 bytes a write: all 10,150 still written (a short write is continued, not taken as done)', () => {
    const dir = temp('save');
    const text = 'x'.repeat(10_149) + '\n';
    saveFileAtomic(join(dir, 'plan.md'), text, { fs: stingy(100) });
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(text);
  });

  it('4,096 bytes free for a 10,150-byte plan: "the disk is full", the old plan whole, no temporary file', () => {
    const dir = temp('save');
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'the old plan\n');
    expect(() => saveFileAtomic(target, 'y'.repeat(10_150), { fs: stingy(4096, 4096) })).toThrow(
      `could not save ${target}: the disk is full. Nothing was written.`,
    );
    expect(readFileSync(target, 'utf8')).toBe('the old plan\n');
    expect(temps(dir)).toEqual([]);
    expect(pendingTemporaryFiles.size).toBe(0);
  });

  it('a write that takes nothing at all ends in an error, not a loop', () => {
    const dir = temp('save');
    const none = { ...realFs, writeSync: () => 0 } as unknown as SaveFs;
    expect(() => saveFileAtomic(join(dir, 'plan.md'), 'text', { fs: none })).toThrow(/the disk is full/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a close that fails after a failed write still removes the temporary file', () => {
    const dir = temp('save');
    const bad = {
      ...realFs,
      fsyncSync: () => {
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      },
      closeSync: (fd: number) => {
        realFs.closeSync(fd);
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      },
    } as SaveFs;
    expect(() => saveFileAtomic(join(dir, 'plan.md'), 'text', { fs: bad })).toThrow(/input\/output error/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('3. one rule for every file a command writes', () => {
  it('checkin -o and --calendar: an existing file, or a link to one, is replaced only with --force', async () => {
    const dir = temp('files');
    const plan = join(dir, 'plan.md');
    const cal = join(dir, 'real.ics');
    const link = join(dir, 'link.ics');
    writeFileSync(plan, 'my own notes\n');
    writeFileSync(cal, 'my own calendar\n');
    symlinkSync(cal, link);
    for (const args of [
      ['-o', plan],
      ['--calendar', link],
    ]) {
      const r = await runIn(['checkin', '--today', TODAY, ...args], { input: AGREED });
      expect([r.code, r.stderr]).toEqual([
        6,
        // One line (issue 26): what happened and what to do, no second line.
        expect.stringMatching(/^talkcoach: [^\n]* already exists; nothing was written; add --force[^\n]*\n$/),
      ]);
    }
    expect(readFileSync(plan, 'utf8')).toBe('my own notes\n');
    expect(readFileSync(cal, 'utf8')).toBe('my own calendar\n');
    const forced = await runIn(['checkin', '--today', TODAY, '-o', plan, '--calendar', link, '--force'], {
      input: AGREED,
    });
    expect(forced.code).toBe(0);
    expect(readFileSync(plan, 'utf8')).toContain('check in again');
    // The link stays a link; the file it points to is replaced.
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(cal, 'utf8')).toContain('BEGIN:VCALENDAR');
  });

  it('19. --calendar onto a dangling link or a folder says which, and -o is not saved first', async () => {
    const dir = temp('files');
    symlinkSync(join(dir, 'nowhere', 'x.ics'), join(dir, 'dangling.ics'));
    const dangling = await runIn(
      ['checkin', '--today', TODAY, '-o', join(dir, 'p.md'), '--calendar', join(dir, 'dangling.ics')],
      {
        input: AGREED,
      },
    );
    expect(dangling.code).toBe(6);
    expect(dangling.stderr).toBe(
      `talkcoach: will not save to ${join(dir, 'dangling.ics')}: it is a link to ${join(dir, 'nowhere', 'x.ics')}, ` +
        'which does not exist. Give another name, or remove the link.\n',
    );
    const folder = await runIn(['checkin', '--today', TODAY, '--calendar', dir], { input: AGREED });
    expect(folder.stderr).toBe(
      `talkcoach: will not save to ${dir}: it is a folder, not a regular file ` +
        '(give a file name for the reminder, such as check-in.ics)\n',
    );
    expect(readdirSync(dir)).toEqual(['dangling.ics']);
  });

  it('16. --keep when the data folder cannot be made: refused before -o or --calendar is written', async () => {
    const dir = temp('files');
    writeFileSync(join(dir, 'not-a-folder'), '');
    const r = await runIn(
      ['checkin', '--today', TODAY, '--keep', '-o', join(dir, 'p.md'), '--calendar', join(dir, 'c.ics')],
      { input: AGREED, env: { XDG_DATA_HOME: join(dir, 'not-a-folder') } },
    );
    expect(r.code).toBe(6);
    expect(r.stderr).toBe(
      `talkcoach: could not make the folder for your history, ${join(dir, 'not-a-folder', 'talkcoach')}: ` +
        'part of the path is not a folder. Nothing was saved.\n',
    );
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });
});

describe('2, 4, 8. the history appended, never rewritten', () => {
  it('non-UTF-8 bytes, a byte-order mark and a torn last line survive byte for byte; none hides an entry', async () => {
    const before = Buffer.concat([
      Buffer.from('\uFEFF'),
      Buffer.from(line(entry(2))),
      Buffer.from([0xff, 0xfe, 0x80, 0x0a]),
      Buffer.from(line(entry(3)).trimEnd()),
    ]);
    const { file, env } = history(before);
    const r = await runIn(['checkin', '--today', TODAY, '--keep'], { input: AGREED, env });
    expect(r.code).toBe(0);
    const after = readFileSync(file);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.subarray(before.length).toString()).toMatch(/^\n\{"date":"2026-12-01".*\}\n$/);
    const { kept, warnings } = readHistory(file);
    expect(kept.map((k) => k.next)).toEqual(['2026-12-02', '2026-12-03', '2026-12-08']);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^line 2 of .* is not a check-in talkcoach can read, so it was skipped\. To mend it, delete that line/,
      ),
    ]);
  });

  it('property: any bytes on a line never hide the check-ins around them; an append keeps them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const junk = Buffer.from(bytes);
        const before = Buffer.concat([
          Buffer.from(line(entry(2))),
          junk,
          Buffer.from('\n'),
          Buffer.from(line(entry(3))),
        ]);
        const { file } = history(before);
        await appendHistory(entry(4), file);
        const after = readFileSync(file);
        expect(after.subarray(0, before.length).equals(before)).toBe(true);
        const nexts = readHistory(file).kept.map((k) => k.next);
        // The junk may itself hold a check-in-shaped line only by design, never by chance.
        expect(nexts.filter((n) => ['2026-12-02', '2026-12-03', '2026-12-04'].includes(n))).toEqual([
          '2026-12-02',
          '2026-12-03',
          '2026-12-04',
        ]);
      }),
      { numRuns: 60 },
    );
  });

  it('8. a symlinked history: --keep refuses (target untouched); forget removes the link, saying so', async () => {
    const { file, env } = history();
    const outside = join(temp('outside'), 'notes.txt');
    writeFileSync(outside, 'not a history\n');
    symlinkSync(outside, file);
    const keep = await runIn(['checkin', '--today', TODAY, '--keep'], { input: AGREED, env });
    expect(keep.code).toBe(6);
    expect(keep.stderr).toContain(`${file} is a symbolic link (to ${outside}), so it was not used`);
    expect(readFileSync(outside, 'utf8')).toBe('not a history\n');
    const hist = await runIn(['history'], { env });
    expect(hist.code).toBe(0);
    const forget = await runIn(['forget', '--yes'], { env });
    expect(forget.stdout).toBe(
      `Deleted the link ${file}. The file it pointed to, ${outside}, was left as it was: ` +
        'delete it yourself if it holds your check-ins.\n',
    );
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(outside, 'utf8')).toBe('not a history\n');
  });

  it('23. an existing data folder open to everyone (0777) is made private again', async () => {
    const { dir, env } = history();
    chmodSync(dir, 0o777);
    expect((await runIn(['checkin', '--today', TODAY, '--keep'], { input: AGREED, env })).code).toBe(0);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'history.jsonl')).mode & 0o777).toBe(0o600);
  });
});

describe('12. a bad history never stops history, forget or the coach', () => {
  const cases: [string, () => { env: Record<string, string>; file: string }, RegExp][] = [
    [
      'a `next` that is not a date',
      () => history(line(entry(2)) + '{"date":"2026-12-01","answers":{},"next":"soon"}\n'),
      /line 2 of .* is not a check-in/,
    ],
    [
      '"answers": null',
      () => history('{"date":"2026-12-01","answers":null,"next":"2026-12-05"}\n' + line(entry(2))),
      /line 1 of .* is not a check-in/,
    ],
    [
      'a folder at its name',
      () => {
        const h = history();
        mkdirSync(h.file);
        return h;
      },
      /is a folder, not a history file, so it was not used\. Move it away/,
    ],
    [
      'over 1 MiB (read from its end)',
      () => history('x'.repeat(1024 * 1024) + '\n' + line(entry(2))),
      /is 1,048,6\d\d bytes \(1\.00 MiB\), over the 1,048,576 bytes \(1\.00 MiB\) limit for the history: only its latest/,
    ],
  ];

  it.each(cases)('%s: history exits 0 with a warning that says how to mend it', async (_name, make, warning) => {
    const { env } = make();
    const r = await runIn(['history'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(warning);
    expect(r.stderr).not.toMatch(/scenario files|--max-bytes|something went wrong/);
  });

  it.each(cases)('%s: the coach start reads it without throwing', (_name, make, warning) => {
    const { env } = make();
    const due = dueCheckin(env, '2027-01-01');
    expect(due.warnings.join('\n')).toMatch(warning);
  });

  it('23. an answer that is not text is left out, never shown as [object Object]', async () => {
    const { env } = history(
      '{"date":"2026-12-01","answers":{"outcome":{"a":1},"since":"better"},"next":"2026-12-05"}\n',
    );
    const r = await runIn(['history'], { env });
    expect(r.stdout).not.toContain('[object');
    expect(r.stdout).toMatch(
      /^2026-12-01\s+how it went: not recorded; since then: A little better\s+next:\s+2026-12-05\n/,
    );
    expect(r.stderr).toMatch(/line 1 of .* has an answer that is not an option id/);
  });

  it('forget deletes a history with bad lines, and refuses a folder with a clear message (exit 6)', async () => {
    const bad = cases[0]![1]();
    expect((await runIn(['forget', '--yes'], { env: bad.env })).stdout).toBe(`Deleted ${bad.file}.\n`);
    const folder = cases[2]![1]();
    const r = await runIn(['forget', '--yes'], { env: folder.env });
    expect([r.code, r.stderr]).toEqual([
      6,
      `talkcoach: ${folder.file} is a folder, not a history file: nothing was deleted. ` +
        'Move it away or delete it yourself.\n',
    ]);
  });

  it('19. an answers file over 1 MiB names the answers limit, not the scenario one (exit 6)', async () => {
    const file = join(temp('answers'), 'a.json');
    writeFileSync(file, `{"x":"${'a'.repeat(1024 * 1024)}"}`);
    const r = await runIn(['run', 'partner', '--answers', file]);
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/over the 1,048,576 bytes \(1\.00 MiB\) limit for answers files/);
    expect(r.stderr).not.toContain('--max-bytes');
  });
});

describe('9. stale temporary files', () => {
  it("a temporary file whose writer has ended is removed by the next save there; a live writer's stays", () => {
    const dir = temp('stale');
    const dead = join(dir, `.talkcoach-${DEAD_PID}-0a0b0c0d.tmp`);
    const live = join(dir, `.talkcoach-${process.ppid}-0a0b0c0e.tmp`);
    const old = join(dir, `.talkcoach-${process.ppid}-0a0b0c0f.tmp`);
    const other = join(dir, '.talkcoach-notes.tmp');
    for (const f of [dead, live, old, other]) writeFileSync(f, 'a whole history');
    // Its id is running, but it is two hours old: the id was reused.
    utimesSync(old, new Date(Date.now() - 7_200_000), new Date(Date.now() - 7_200_000));
    saveFileAtomic(join(dir, 'plan.md'), 'plan');
    expect(readdirSync(dir).sort()).toEqual(
      ['.talkcoach-notes.tmp', `.talkcoach-${process.ppid}-0a0b0c0e.tmp`, 'plan.md'].sort(),
    );
  });

  it('forget removes them too, and says so', async () => {
    const { dir, file, env } = history(line(entry(2)));
    writeFileSync(join(dir, `.talkcoach-${DEAD_PID}-12345678.tmp`), line(entry(2)));
    const r = await runIn(['forget', '--yes'], { env });
    expect(r.stdout).toBe(
      `Deleted ${file}.\nAlso deleted 1 unfinished copy left in ${dir} by a save that was stopped.\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cleanStaleTemps never touches a folder or a link with a temporary name', () => {
    const dir = temp('stale');
    mkdirSync(join(dir, `.talkcoach-${DEAD_PID}-aaaaaaaa.tmp`));
    symlinkSync('/etc/hostname', join(dir, `.talkcoach-${DEAD_PID}-bbbbbbbb.tmp`));
    expect(cleanStaleTemps(dir)).toEqual([]);
  });
});

describe('2. the lock shared by --keep and forget', () => {
  it("a lock whose owner has ended is broken at once; a live owner's is waited for", async () => {
    const dir = temp('lock');
    const lock = join(dir, 'history.jsonl.lock');
    writeFileSync(lock, `${DEAD_PID}\n`);
    expect(breakIfStale(lock)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    writeFileSync(lock, `${process.ppid}\n`);
    expect(breakIfStale(lock)).toBe(false);
    await expect(withLock(lock, () => 'ran', 50)).rejects.toThrow(/locked/);
    // Its owner's id is running, but it is older than any change takes: reused, so stale.
    utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(await withLock(lock, () => 'ran', 50)).toBe('ran');
    expect(existsSync(lock)).toBe(false);
  });
});

describe('10. the data folder comes from checked variables', () => {
  const home = userInfo().homedir;
  it.each<[string, Record<string, string>, NodeJS.Platform, string]>([
    [
      'a relative XDG_DATA_HOME is ignored (the XDG rules)',
      { XDG_DATA_HOME: 'data', HOME: '/h' },
      'linux',
      '/h/.local/share/talkcoach',
    ],
    ['an empty HOME is not the current folder', { HOME: '' }, 'linux', join(home, '.local/share/talkcoach')],
    ['a relative HOME neither', { HOME: 'me' }, 'linux', join(home, '.local/share/talkcoach')],
    ['a full XDG_DATA_HOME is used', { XDG_DATA_HOME: '/x/d', HOME: '' }, 'linux', '/x/d/talkcoach'],
    ['macOS', { HOME: '/Users/a', XDG_DATA_HOME: '/x' }, 'darwin', '/Users/a/Library/Application Support/talkcoach'],
    [
      'Windows, a relative LOCALAPPDATA ignored',
      { HOME: '/u', LOCALAPPDATA: 'rel' },
      'win32',
      join('/u', 'AppData', 'Local', 'talkcoach', 'Data'),
    ],
  ])('%s', (_name, env, platform, folder) => {
    expect(dataFolder(env, platform)).toBe(folder);
  });

  it('--keep with XDG_DATA_HOME=data writes nothing in the current folder', async () => {
    const cwd = temp('cwd');
    const home = temp('home');
    const before = process.cwd();
    process.chdir(cwd);
    try {
      const r = await runIn(['checkin', '--today', TODAY, '--keep'], {
        input: AGREED,
        env: { XDG_DATA_HOME: 'data', HOME: home },
      });
      expect(r.code).toBe(0);
      expect(readdirSync(cwd)).toEqual([]);
      expect(existsSync(join(home, '.local/share/talkcoach/history.jsonl'))).toBe(true);
    } finally {
      process.chdir(before);
    }
  });
});

describe('18, 23. dates and the calendar file', () => {
  it.each([[['--today', '9999-12-25']], [['--today', TODAY, '--date', '9999-12-31']], [['--today', '9999-12-31']]])(
    '%j: a usage error (exit 2) naming the last date, and no file',
    async (args) => {
      const dir = temp('cal');
      const r = await runIn(['checkin', ...args, '--calendar', join(dir, 'c.ics')], { input: AGREED });
      expect([r.code, r.stderr]).toEqual([
        2,
        'talkcoach: the check-in date would be after 9999-12-30, the last day a calendar can hold: ' +
          'choose an earlier --today or --date\n',
      ]);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('property: every reminder up to 9999-12-30 has 8-digit dates and ends with CRLF after its last line', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const text = calendarText({ date: d.toISOString().slice(0, 10), stamp: new Date(0) });
          expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
          expect(text).toMatch(/DTEND;VALUE=DATE:\d{8}\r\n/);
          expect(
            text
              .split('\r\n')
              .slice(0, -1)
              .every((l) => !l.includes('\n')),
          ).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
