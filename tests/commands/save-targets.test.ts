// -o replaces only a regular file (issue 13, item 3), in process: a FIFO, a device, a folder or a
// link loop as the target is refused and left as it was; -o - is standard output.
import { existsSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempFolder } from '../helpers/run-in-process.js';

const ANSWERS = 'no\nSam\nno\ncost,time\nmood\nsteady\nno\nopen\n';
const tmp = () => tempFolder('talkcoach-save-');
const mkfifo = (path: string) => {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
  return path;
};

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
  ])('%s: refused, left as it was (exit 6)', async (_name, make, what) => {
    const dir = tmp();
    const target = make(dir);
    const r = await runInProcess(['run', 'partner', '-o', target], { input: ANSWERS });
    expect(r.code).toBe(6);
    expect(r.stderr).toBe(
      `talkcoach: will not save to ${target}: it is ${what}, not a regular file ` +
        '(-o - writes the plan to standard output)\n',
    );
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a symlink loop says so', async () => {
    const dir = tmp();
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    const r = await runInProcess(['run', 'partner', '-o', join(dir, 'a')], { input: ANSWERS });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('too many symbolic links (a loop)');
  });

  it('-o - writes to standard output; a 230-character name is saved; a link to a file keeps the link', async () => {
    const r = await runInProcess(['run', 'partner', '-o', '-', '--format', 'json'], { input: ANSWERS });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe(3);
    const dir = tmp();
    const long = join(dir, `${'p'.repeat(227)}.md`);
    expect((await runInProcess(['run', 'partner', '-o', long], { input: ANSWERS })).code).toBe(0);
    expect(existsSync(long)).toBe(true);
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    // An existing file is replaced only with --force; through a link, the link itself is kept.
    expect((await runInProcess(['run', 'partner', '-o', join(dir, 'link.txt')], { input: ANSWERS })).code).toBe(6);
    expect(
      (await runInProcess(['run', 'partner', '-o', join(dir, 'link.txt'), '--force'], { input: ANSWERS })).code,
    ).toBe(0);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe(join(dir, 'real.txt'));
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toContain('Sam');
  });
});
