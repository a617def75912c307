// Bad input and faults, in process: no crash, no leak, nothing lost. (Signals and a closed pipe,
// which need a process: tests/e2e/faults.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeStackTrace, ROOT } from '../helpers/cli.js';
import { fileIn, runInProcess, tempFolder, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const EXAMPLE = join(ROOT, 'tests/fixtures/example.yaml');
const CALM = 'no\nSam\npartner\ncost\nno\n';

const tempDir = () => tempFolder('talkcoach-faults-');

const scenarioWith = (title: string) =>
  readFileSync(EXAMPLE, 'utf8').replace('title: Talking with someone you care about (test example)', `title: ${title}`);

describe('bad scenario files', () => {
  it.each<[string, (dir: string) => string, RegExp]>([
    [
      'an alias bomb is refused at the first alias',
      (d) =>
        fileIn(
          d,
          'bomb.yaml',
          [
            'a: &a ["x","x","x","x","x","x","x","x","x"]',
            ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`),
          ].join('\n'),
        ),
      /bomb\.yaml:2:8: error: aliases \(\*name\) are not allowed/,
    ],
    [
      'deep nesting is refused',
      (d) => fileIn(d, 'deep.yaml', `format: 1\ntitle: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`),
      /deep\.yaml:\d+:\d+: error: (the file is nested too deeply to read|nested more than \d+ levels deep)/,
    ],
    [
      'a file over the cap is refused before parsing',
      (d) => fileIn(d, 'big.yaml', `# ${'x'.repeat(1_100_000)}\n`),
      /big\.yaml:1:1: error: the file is 1,100,003 bytes \(1\.05 MiB\), over the 1,048,576 bytes \(1\.00 MiB\) limit.*--max-bytes/,
    ],
    [
      '!!js/function is a schema error',
      (d) => fileIn(d, 'tag.yaml', scenarioWith('!!js/function "function () {}"')),
      /tag\.yaml:5:\d+: error: the tag !!js\/function is not allowed/,
    ],
    [
      '!!binary is a schema error',
      (d) => fileIn(d, 'bin.yaml', scenarioWith('!!binary aGVsbG8=')),
      /bin\.yaml:5:\d+: error: the tag !!binary is not allowed/,
    ],
    [
      'an escape sequence in text is refused with its position',
      (d) => fileIn(d, 'esc.yaml', scenarioWith('"Hello \\e[2J"')),
      /esc\.yaml:5:8: error: contains the control or direction character U\+001B/,
    ],
    ['a C1 control', (d) => fileIn(d, 'c1.yaml', scenarioWith('"Hello \\x9b"')), /U\+009B/],
    ['a right-to-left override', (d) => fileIn(d, 'bidi.yaml', scenarioWith('"Hello \u202E olleh"')), /U\+202E/],
    ['a directory', (d) => d, /is a folder, not a file|holds no \.yaml files/],
  ])('%s', async (_name, make, message) => {
    const target = make(tempDir());
    const r = await tc(['validate', target]);
    expect(r.stdout + r.stderr).toMatch(message);
    expect(looksLikeStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(r.stderr).not.toMatch(/YAMLWarning|Warning:/);
  });

  it('--max-bytes lifts the cap', async () => {
    const dir = tempDir();
    const f = fileIn(
      dir,
      'padded.yaml',
      `${readFileSync(join(ROOT, 'tests/fixtures/minimal.yaml'), 'utf8')}# ${'x'.repeat(1_100_000)}\n`,
    );
    expect((await tc(['validate', f])).code).toBe(3);
    expect((await tc(['validate', '--max-bytes', '3000000', f])).code).toBe(0);
  });

  it('escape sequences in a source line are shown inert', async () => {
    const dir = tempDir();
    const f = fileIn(dir, 'raw.yaml', `format: 1\nid: x\x1b[31m\n`);
    const r = await tc(['validate', f]);
    expect(r.stdout).not.toMatch(/\x1b/);
    expect(r.stdout).toContain('\uFFFD');
  });
});

describe('what the user types stays inert everywhere', () => {
  const hostile = 'Sam\x1b]8;;http://x\x07link\x1b[2J\u202E[click](http://evil)<b>*';
  it.each<[string, string]>([
    ['text', 'text'],
    ['markdown', 'markdown'],
    ['json', 'json'],
  ])('in %s output', async (_name, format) => {
    const r = await tc(['run', EXAMPLE, '--format', format], { input: `no\n${hostile}\npartner\ncost\nno\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    if (format === 'markdown') {
      expect(r.stdout).not.toContain('[click](http://evil)');
      expect(r.stdout).not.toContain('<b>');
    }
    if (format === 'json')
      expect(JSON.parse(r.stdout).title).toMatch(
        /^A first, gentle talk with Samlink\\\[click\]|^A first, gentle talk with Samlink/,
      );
  });
});

describe('streams and exit codes', () => {
  it('--format json prints exactly one JSON document on stdout; notes go to stderr', async () => {
    const r = await tc(['run', EXAMPLE, '--format', 'json'], { input: `${CALM}extra\n` });
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/1 more line was ignored/);
  });

  it.each<[string, Record<string, string>]>([
    ['NO_COLOR', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
    ['FORCE_COLOR into a pipe', { FORCE_COLOR: '3' }],
  ])('%s: no escape sequences at all', async (name, env) => {
    // FORCE_COLOR does colour `talkcoach crisis` in a pipe, as README says (issue 26;
    // tests/commands/crisis-colour.test.ts); a plan, a list or a check never.
    const crisis = name.startsWith('FORCE_COLOR') ? [] : [['crisis']];
    for (const args of [['run', EXAMPLE], ...crisis, ['list'], ['validate', 'tests/fixtures/broken-dead-end.yaml']]) {
      const r = await tc(args, { input: CALM, env });
      expect(r.stdout + r.stderr).not.toMatch(/\x1b/);
    }
  });

  it('nothing is written to the working folder by a run', async () => {
    const dir = tempDir();
    const r = await tc(['run', EXAMPLE, '--format', 'markdown'], { input: CALM, cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('input that ends early writes no output file', async () => {
    const dir = tempDir();
    const r = await tc(['run', EXAMPLE, '--output', join(dir, 'plan.md')], { input: 'no\nSam\n' });
    expect(r.code).toBe(5);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saving into a missing folder is a clear message, exit 6', async () => {
    const r = await tc(['run', EXAMPLE, '--output', '/nonexistent-talkcoach/plan.md'], { input: CALM });
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(
      /could not save \/nonexistent-talkcoach\/plan\.md: the folder does not exist\. Nothing was written\./,
    );
  });
});
