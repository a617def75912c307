// Built-in scenarios run from their compiled copy only while it matches the YAML's content: an edit
// that keeps the file's length shows up in `talkcoach run` without a rebuild. Run on a copy of the
// package, so the repository's scenarios are never touched.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

const copy = mkdtempSync(join(tmpdir(), 'talkcoach-package-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
for (const part of ['bin', 'dist', 'scenarios', 'package.json'])
  cpSync(join(ROOT, part), join(copy, part), { recursive: true });
const bin = join(copy, 'bin', 'talkcoach.js');
const run = () => cli(['run', 'denial', '--format', 'json'], { input: '1\n'.repeat(20), bin });

describe('a compiled built-in scenario', () => {
  it('is not used once its YAML changed, even by an edit of the same length', () => {
    const title = (out: string) => (JSON.parse(out) as { scenario: { title: string } }).scenario.title;
    const before = run();
    expect(before.code).toBe(0);
    expect(title(before.stdout)).toBe('Someone in denial about a problem');

    const file = join(copy, 'scenarios', 'denial.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('title: Someone in denial about', 'title: Someone in DENIAL about');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    expect(statSync(file).size).toBe(Buffer.byteLength(text));

    const after = run();
    expect(after.code).toBe(0);
    expect(title(after.stdout)).toBe('Someone in DENIAL about a problem');
  });
});

describe('the freshness check, as make decides it', () => {
  it('reads no source that is not newer than its compiled copy (an npm package: one time for all)', () => {
    const pkg = mkdtempSync(join(tmpdir(), 'talkcoach-npm-times-'));
    try {
      for (const part of ['bin', 'dist', 'scenarios', 'package.json'])
        cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
      // npm unpacks every file of a package with the same time (1985-10-26).
      const npmTime = new Date('1985-10-26T08:15:00Z');
      for (const name of readdirSync(pkg, { recursive: true, encoding: 'utf8' }))
        utimesSync(join(pkg, name), npmTime, npmTime);
      // A YAML that would fail to load if it were read: only its compiled copy can give the plan.
      const file = join(pkg, 'scenarios', 'denial.yaml');
      writeFileSync(file, 'not: [a scenario');
      utimesSync(file, npmTime, npmTime);
      const r = cli(['run', 'denial', '--format', 'json'], {
        input: '1\n'.repeat(20),
        bin: join(pkg, 'bin', 'talkcoach.js'),
      });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { scenario: { title: string } }).scenario.title).toBe(
        'Someone in denial about a problem',
      );
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});

describe('the compiled practice files (issue 24: `practice --check` without the YAML parser)', () => {
  const check = () => cli(['practice', '--check'], { input: 'you need help, you are crazy\n', bin });
  const feedback = (out: string) => (JSON.parse(out) as { feedback: string }).feedback;

  it('say what the YAML says, and are not used once checker.yaml changed (same length)', () => {
    const before = check();
    expect(before.code).toBe(0);
    expect(feedback(before.stdout)).toMatch(/^A label or a diagnosis tells them who they are/);

    const file = join(copy, 'scenarios', 'practice', 'checker.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('A label or a diagnosis tells them', 'A LABEL or a diagnosis tells them');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);

    const after = check();
    expect(after.code).toBe(0);
    expect(feedback(after.stdout)).toMatch(/^A LABEL or a diagnosis tells them who they are/);
  });
});

describe('the compiled translations (dist/compiled/i18n-es.json)', () => {
  // A copy of its own: an English file edited above makes every compiled translation stale.
  const own = mkdtempSync(join(tmpdir(), 'talkcoach-package-'));
  afterAll(() => rmSync(own, { recursive: true, force: true }));
  for (const part of ['bin', 'dist', 'scenarios', 'package.json'])
    cpSync(join(ROOT, part), join(own, part), { recursive: true });
  const bin = join(own, 'bin', 'talkcoach.js');
  const spanish = () => cli(['--lang', 'es', 'run', 'partner', '--format', 'json'], { input: '1\n'.repeat(20), bin });
  const title = (out: string) => (JSON.parse(out) as { scenario: { title: string } }).scenario.title;
  const translation = join(own, 'scenarios', 'i18n', 'es', 'partner.yaml');

  it('say the translation; an edited translation file is read instead (same length)', () => {
    const before = spanish();
    expect(before.code).toBe(0);
    const was = title(before.stdout);
    expect(was).toMatch(/^Mi pareja/);
    const text = readFileSync(translation, 'utf8');
    const edited = text.replace('text: "Mi pareja', 'text: "MI PAREJA');
    expect(edited).not.toBe(text);
    writeFileSync(translation, edited);
    expect(title(spanish().stdout)).toMatch(/^MI PAREJA/);
    writeFileSync(translation, text);
    expect(title(spanish().stdout)).toBe(was);
  });

  it('are used without the translation files, as the package ships them', () => {
    // Guards against a package whose compiled strings are taken for stale: its plans would be English.
    const moved = join(own, 'i18n-moved');
    cpSync(join(own, 'scenarios', 'i18n'), moved, { recursive: true });
    rmSync(join(own, 'scenarios', 'i18n'), { recursive: true });
    try {
      const r = spanish();
      expect(r.code).toBe(0);
      expect(title(r.stdout)).toMatch(/^Mi pareja/);
    } finally {
      cpSync(moved, join(own, 'scenarios', 'i18n'), { recursive: true });
    }
  });
});
