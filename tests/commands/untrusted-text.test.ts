// Issue 13 (faults, round two), items 2, 5 and 7, in process: answer lines are capped,
// terminal control from outside text is shown escaped by every command, and a bad user folder never
// breaks a built-in scenario. (< /dev/zero in a small heap: tests/e2e/faults-round2.test.ts.)
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runInProcess, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const ANSWERS = 'no\nSam\nno\ncost,time\nmood\nsteady\nno\nopen\n';
const tmp = () => mkdtempSync(join(tmpdir(), 'talkcoach-faults2-'));

describe('2. answers are one short line each', () => {
  it('a 1 MB line from a pipe, or from a file: exit 4; 64 KiB exactly is taken', async () => {
    const long = `no\n${'a'.repeat(1024 * 1024)}\n`;
    expect((await tc(['run', 'partner'], { input: long })).code).toBe(4);
    const file = join(tmp(), 'answers.txt');
    writeFileSync(file, long);
    const r = await tc(['run', 'partner', '--answers', file]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('line 2 of the answers is over 64 KiB');
    expect(
      (await tc(['run', 'partner', '--format', 'json'], { input: ANSWERS.replace('Sam', 'S'.repeat(65_536)) })).code,
    ).toBe(0);
  });
});

describe('5. terminal control from outside text is made inert in every command', () => {
  const ESC = '\u001B]0;PWNED\u0007';
  const raw = (r: { stdout: string; stderr: string }) => /[\u0007\u001B\u009B]/.test(r.stdout + r.stderr);
  const keyFile = () => {
    const dir = tmp();
    const file = join(dir, 'k.yaml');
    writeFileSync(file, `format: 1\nid: k\n"${ESC}": 1\n`);
    return { dir, file };
  };
  it.each([
    ['validate: a YAML key', () => ['validate', keyFile().file], 3],
    ['run: a YAML key', () => ['run', keyFile().file], 3],
    ['graph: a YAML key', () => ['graph', keyFile().file], 3],
    ['test: a YAML key', () => ['test', keyFile().file], 7],
    ['list: a file name', () => ['list', '--scenarios', nameDir()], 0],
    ['validate: a file name', () => ['validate', join(nameDir(), `a${ESC}.yaml`)], 3],
    ['run: --region', () => ['run', 'partner', '--region', ESC, '--format', 'json'], 0],
    ['crisis: --region', () => ['crisis', '--region', ESC], 0],
    ['run: an unknown id', () => ['run', `zz${ESC}`], 2],
    ['run: an -o path', () => ['run', 'partner', '-o', join(tmp(), 'gone', `p${ESC}.md`)], 6],
    ['an unknown option', () => ['run', 'partner', `--x${ESC}`], 2],
    ['an unknown command', () => [`r${ESC}`], 2],
  ])('%s: shown as \\x1B, never sent raw', async (_name, args, code) => {
    const r = await tc(args(), { input: ANSWERS });
    expect(r.code).toBe(code);
    expect(raw(r)).toBe(false);
    expect(r.stdout + r.stderr).toMatch(/\\x1B/);
  });
  const nameDir = () => {
    const dir = tmp();
    writeFileSync(join(dir, `a${ESC}.yaml`), 'id: broken\n');
    return dir;
  };
});

describe('7. one bad user folder never breaks a built-in scenario', () => {
  it.each([
    ['a folder that is gone', () => '/gone-talkcoach', 'skipped the scenario folder /gone-talkcoach: no such folder'],
    [
      'a file given as the folder',
      () => join(ROOT, 'README.md'),
      `skipped the scenario folder ${join(ROOT, 'README.md')}: it is not a folder`,
    ],
    [
      'a folder named x.yaml',
      (d: string) => (mkdirSync(join(d, 'x.yaml')), d),
      'x.yaml: it is a folder, not a regular file',
    ],
    [
      'a symlink loop',
      (d: string) => (symlinkSync(join(d, 'loop.yaml'), join(d, 'loop.yaml')), d),
      'loop.yaml: too many symbolic links (a loop)',
    ],
    [
      'a clash with a built-in id',
      (d: string) => (writeFileSync(join(d, 'partner.yaml'), 'id: partner\n'), d),
      'the id "partner" is already used by a built-in scenario',
    ],
  ])('%s: a warning naming it; run and list still work', async (_name, make, warning) => {
    const dir = make(tmp());
    const r = await tc(['run', 'partner', '--format', 'json'], { input: ANSWERS, env: { TALKCOACH_SCENARIOS: dir } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(warning);
    const l = await tc(['list'], { env: { TALKCOACH_SCENARIOS: dir } });
    expect(l.code).toBe(0);
    expect(l.stderr).toContain(warning);
  });

  it('an unreadable or oversized file in the folder: listed as having problems, with a warning naming it', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'big.yaml'), `id: big\n#${'x'.repeat(2 * 1024 * 1024)}\n`);
    const l = await tc(['list'], { env: { TALKCOACH_SCENARIOS: dir } });
    expect(l.code).toBe(0);
    expect(l.stderr).toContain(`skipped ${join(dir, 'big.yaml')}: ${join(dir, 'big.yaml')} is 2,097,162 bytes`);
  });
});
