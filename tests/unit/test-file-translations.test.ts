// A test file's quoted phrases translated (scenarios/i18n/<lang>/<name>.test.yaml, issue 25 item 2):
// keyed case.<index>.title|text.<j>|not-text.<j>, each with the hash of its English, so that
// `--lang es test` checks the Spanish plans against Spanish phrases, the build refuses a built-in
// test file whose Spanish is missing or stale, and a user's test file without one plays in English.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/messages/index.js';
import { BUILTIN_DIR } from '../../src/scenario/catalogue.js';
import { localizeTest, testStrings } from '../../src/scenario/test-strings.js';
import { englishOf, translatedSources, translationGaps } from '../../src/scenario/translation-check.js';
import { englishHash } from '../../src/scenario/translations.js';
import { runInProcess, tempFolder } from '../helpers/run-in-process.js';

afterAll(() => useLanguage('en'));

/** The example scenario, its module and its test file, in a scenarios folder of their own. */
function fixture(): string {
  const dir = tempFolder('talkcoach-test-i18n-');
  for (const f of ['example.yaml', 'example.test.yaml']) cpSync(join('tests/fixtures', f), join(dir, f));
  cpSync('tests/fixtures/shared', join(dir, 'shared'), { recursive: true });
  return dir;
}

/** Writes i18n/<lang>/example.test.yaml: each phrase's entry from `entry` (undefined leaves it out). */
function translateTest(
  dir: string,
  entry: (key: string, english: string) => { en?: string; text: string } | undefined,
  extra: string[] = [],
): void {
  const english = englishOf(join(dir, 'example.test.yaml'), { sharedDirs: [] })!;
  const lines = ['language: es', 'translates: example.test', 'strings:'];
  for (const [key, en] of english) {
    const e = entry(key, en);
    if (e) lines.push(`  ${key}: { en: ${e.en ?? englishHash(en)}, text: ${JSON.stringify(e.text)} }`);
  }
  const file = join(dir, 'i18n', 'es', 'example.test.yaml');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${[...lines, ...extra].join('\n')}\n`);
}

describe('the keys of a test file', () => {
  it('every title, text and not-text phrase by case index, and localizeTest puts each back', () => {
    const test = {
      cases: [
        { expect: { title: 'T', text: ['a', 'b'], 'not-text': ['c'], points: ['p'] } },
        {},
        { expect: { text: ['d'] } },
      ],
    };
    // Guards against a phrase left out: it would stay English and fail against a Spanish plan.
    expect([...testStrings(test)]).toEqual([
      ['case.0.title', 'T'],
      ['case.0.text.0', 'a'],
      ['case.0.text.1', 'b'],
      ['case.0.not-text.0', 'c'],
      ['case.2.text.0', 'd'],
    ]);
    const said = localizeTest(test, (key, en) => `${key}=${en}`);
    expect(said.cases[0]!.expect).toEqual({
      title: 'case.0.title=T',
      text: ['case.0.text.0=a', 'case.0.text.1=b'],
      'not-text': ['case.0.not-text.0=c'],
      points: ['p'],
    });
    expect(said.cases[2]!.expect).toEqual({ text: ['case.2.text.0=d'] });
  });
});

describe('gaps in a test file’s translation (the build refuses a built-in one with any)', () => {
  const ES = (_key: string, en: string) => ({ text: `ES ${en}` });
  it.each([
    {
      gap: 'a stale phrase (its English changed since)',
      entry: (key: string, en: string) => (key === 'case.0.title' ? { en: 'zzzzzzzzzz', text: 'vieja' } : ES(key, en)),
      said: /^error: the English of case\.0\.title changed since it was translated/,
    },
    {
      gap: 'a missing phrase',
      entry: (key: string, en: string) => (key === 'case.1.text.0' ? undefined : ES(key, en)),
      said: /^error: no translation of case\.1\.text\.0 yet/,
    },
    {
      gap: 'an empty phrase',
      entry: (key: string, en: string) => (key === 'case.0.not-text.0' ? { text: '' } : ES(key, en)),
      said: /^error: no translation of case\.0\.not-text\.0 yet/,
    },
    {
      gap: 'a key that names no phrase',
      entry: ES,
      extra: ['  case.9.text.0: { en: zzzzzzzzzz, text: "nada" }'],
      said: /^error: no string case\.9\.text\.0 in example\.test/,
    },
  ])('$gap is named, as an error, at its key', ({ entry, extra, said }) => {
    const dir = fixture();
    translateTest(dir, entry, extra);
    const gaps = translationGaps([join(dir, 'example.test.yaml')], 'es', { sharedDirs: [] });
    expect(gaps.diagnostics.map((d) => `${d.severity}: ${d.message}`)).toEqual([expect.stringMatching(said)]);
  });

  it('a built-in-like folder with no translation of its test file fails the build’s check', () => {
    // The build checks translatedSources(scenarios/): a test file left out of it would let a
    // Spanish run of the built-in tests quietly fall back to English.
    const dir = fixture();
    const sources = translatedSources(dir);
    expect(sources).toContain(join(dir, 'example.test.yaml'));
    const gaps = translationGaps(sources, 'es', { sharedDirs: [] });
    expect(gaps.diagnostics.map((d) => d.message)).toContain(
      'no translation file here yet for example.test, which has 6 strings to translate',
    );
    // The built-in folder itself: every test file is a source, and the Spanish has no gap.
    const builtin = translatedSources(BUILTIN_DIR).filter((f) => f.endsWith('.test.yaml'));
    expect(builtin).toHaveLength(6);
    const options = { sharedDirs: [join(BUILTIN_DIR, 'shared')] };
    expect(translationGaps(builtin, 'es', options).diagnostics).toEqual([]);
  });

  it('validate warns (not errs) about a stale phrase in a user’s test file translation', async () => {
    const dir = fixture();
    translateTest(dir, (key, en) => (key === 'case.0.title' ? { en: 'zzzzzzzzzz', text: 'vieja' } : ES(key, en)));
    const r = await runInProcess(['validate', dir]);
    expect(r.stdout).toMatch(/example\.test\.yaml:\d+:\d+: warning: the English of case\.0\.title changed/);
    // The translation is not read as a test file (no schema errors about `cases`).
    expect(r.stdout).not.toMatch(/error/);
  });
});

describe('talkcoach --lang es test', () => {
  it('prints PASS for every built-in test file, in Spanish', async () => {
    const r = await runInProcess(['--lang', 'es', 'test', BUILTIN_DIR]);
    const verdicts = r.stdout.split('\n').filter((l) => /^(PASS|FAIL|BROKEN) /.test(l));
    expect(verdicts).toHaveLength(6);
    expect(verdicts.every((l) => l.startsWith('PASS '))).toBe(true);
    expect(r.stdout).toMatch(/50 casos en 6 archivos: 50 bien, 0 mal/);
    expect(r.stdout).not.toMatch(/se juega en inglés/);
    expect(r.code).toBe(0);
  });

  // A copy of the built-in folder (its scenarios' Spanish read from YAML) with one phrase changed.
  it.each([
    { phrase: 'Darle tiempo a Sam', verdict: 'PASS', code: 0 },
    // Guards against the Spanish phrases being ignored (the English checked instead).
    { phrase: 'Dar tiempo a Sam, y quedarse', verdict: 'FAIL', code: 7 },
    // Guards against the English plan being played: the English title must not be found.
    { phrase: 'Giving Sam time', verdict: 'FAIL', code: 7 },
  ])('a Spanish title "$phrase" gives $verdict', async ({ phrase, verdict, code }) => {
    const dir = tempFolder('talkcoach-test-es-');
    cpSync(BUILTIN_DIR, dir, { recursive: true });
    const file = join(dir, 'i18n', 'es', 'partner.test.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/case\.3\.title: \{ en: \w+, text: "Darle tiempo a Sam" \}/);
    writeFileSync(file, text.replace('text: "Darle tiempo a Sam"', `text: ${JSON.stringify(phrase)}`));
    const r = await runInProcess(['--lang', 'es', 'test', join(dir, 'partner.test.yaml')]);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^${verdict} `));
    if (verdict === 'FAIL') {
      expect(r.stdout).toContain(`- esperado: ${JSON.stringify(phrase)}`);
      expect(r.stdout).toContain('+ obtenido: "Darle tiempo a Sam, y seguir a su lado"');
    }
    expect(r.code).toBe(code);
  });

  it('a user’s test file without a whole translation plays in English, and says so once', async () => {
    const dir = fixture();
    const english = await runInProcess(['--lang', 'es', 'test', join(dir, 'example.test.yaml')]);
    const notes = english.stdout.split('\n').filter((l) => l.includes('se juega en inglés'));
    expect(notes).toEqual([expect.stringMatching(/^nota: .*example\.test\.yaml: 6 frases de sus casos/)]);
    expect(english.stdout).toMatch(/^PASS /m);
    expect(english.code).toBe(0);
    // One phrase missing: still English (a half-Spanish check would fail on the English phrase).
    translateTest(dir, (key, en) => (key === 'case.0.title' ? undefined : { text: `ES ${en}` }));
    const partial = await runInProcess(['--lang', 'es', 'test', join(dir, 'example.test.yaml')]);
    expect(partial.stdout).toMatch(/^nota: .*: 1 frase de sus casos no está traducida/m);
    expect(partial.code).toBe(0);
  });
});
