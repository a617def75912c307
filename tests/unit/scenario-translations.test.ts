// Scenario translation files (scenarios/i18n/<lang>/<file>.yaml): keyed by the scenario's own ids,
// each string with a hash of its English, so that a changed English line is found stale by
// `talkcoach validate` and left out by the build (the English is shown until it is translated again).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sayFrom } from '../../src/commands/scenario-words.js';
import { localizeScenario } from '../../src/scenario/localize.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { BUILTIN_DIR } from '../../src/scenario/catalogue.js';
import { expandTranslations } from '../../src/scenario/compiled.js';
import {
  checkTranslationFile,
  compileLanguage,
  englishOf,
  practiceTranslationFor,
  translationGaps,
} from '../../src/scenario/translation-check.js';
import { englishHash, readTranslation } from '../../src/scenario/translations.js';
import { runInProcess, tempFolder } from '../helpers/run-in-process.js';

/** A scenarios folder with the example scenario, its shared module, and a translation `xx` of it. */
function folder(): string {
  const dir = tempFolder('talkcoach-i18n-');
  cpSync('tests/fixtures/example.yaml', join(dir, 'example.yaml'));
  cpSync('tests/fixtures/shared', join(dir, 'shared'), { recursive: true });
  mkdirSync(join(dir, 'i18n', 'xx'), { recursive: true });
  const entry = (english: string, text: string) => `{ en: "${englishHash(english)}", text: "${text}" }`;
  writeFileSync(
    join(dir, 'i18n', 'xx', 'example.yaml'),
    [
      'language: xx',
      'translates: example',
      'strings:',
      `  title: ${entry('Talking with someone you care about (test example)', 'Xx title')}`,
      `  node.safety.ask: ${entry('Is anyone in danger right now? (an older English)', 'Xx stale')}`,
      `  node.nowhere.ask: ${entry('Nothing', 'Xx extra')}`,
      '',
    ].join('\n'),
  );
  return dir;
}

describe('scenario translation files', () => {
  it('validate names each stale, extra and missing string by file and key', async () => {
    const dir = folder();
    const r = await runInProcess(['validate', dir, '--json']);
    const found = (
      JSON.parse(r.stdout) as { diagnostics: { file: string; severity: string; message: string }[] }
    ).diagnostics.filter((d) => d.file.includes('i18n'));
    const said = (severity: string, words: RegExp) =>
      found.filter((d) => d.severity === severity && words.test(d.message));
    // Guards against a changed English line whose old translation is still shown as if current.
    expect(said('warning', /English of node\.safety\.ask changed/)).toHaveLength(1);
    expect(said('error', /no string node\.nowhere\.ask in example/)).toHaveLength(1);
    expect(said('warning', /no translation of node\.safety\.why yet/)).toHaveLength(1);
    // The module's strings belong to the module's own translation file, not this one.
    expect(said('warning', /no translation of point\.stay-close\.do/)).toHaveLength(1);
    expect(
      said('warning', /no translation of point\./)
        .map((d) => d.message)
        .join('\n'),
    ).not.toMatch(/answer-cost/);
    expect(found.every((d) => d.file.endsWith(join('i18n', 'xx', 'example.yaml')))).toBe(true);
    expect(r.code).toBe(3);
  });

  it('the build keeps only fresh strings, and a translated scenario shows them, English elsewhere', () => {
    const dir = folder();
    const file = join(dir, 'example.yaml');
    // The scenarios folder as the build names it, with a trailing separator.
    const compiled = expandTranslations(compileLanguage(`${dir}/`, 'xx', [file], { sharedDirs: [] }));
    expect(compiled.scenarios.example).toEqual({ title: 'Xx title' });
    const scenario = loadScenarioFile(file, { sharedDirs: [] }).scenario!;
    const translated = localizeScenario(scenario, sayFrom(compiled.scenarios.example!));
    expect(translated.title).toBe('Xx title');
    const ask = (s: typeof scenario) => (s.nodes.safety as { ask: string }).ask;
    expect(ask(translated)).toBe(ask(scenario));
  });
});

/** A translation file of `source` (a path under `dir`) into `lang`, every string given by `text`
 * (undefined leaves the key out); written where the folder's i18n/ keeps it. */
function translate(
  dir: string,
  name: string,
  lang: string,
  text: (key: string, english: string) => string | undefined,
): Map<string, string> {
  const english = englishOf(join(dir, `${name}.yaml`), { sharedDirs: [] })!;
  const lines = [`language: ${lang}`, `translates: ${name}`, 'strings:'];
  for (const [key, en] of english) {
    const t = text(key, en);
    if (t !== undefined) lines.push(`  ${key}: { en: ${englishHash(en)}, text: ${JSON.stringify(t)} }`);
  }
  const file = join(dir, 'i18n', lang, `${name}.yaml`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
  return english;
}

/** The example scenario and its module, with no translation yet. */
function bare(): string {
  const dir = tempFolder('talkcoach-i18n-');
  cpSync('tests/fixtures/example.yaml', join(dir, 'example.yaml'));
  cpSync('tests/fixtures/shared', join(dir, 'shared'), { recursive: true });
  return dir;
}

const ES = (_key: string, en: string) => `ES ${en}`;

describe('a translation not whole', () => {
  it('an empty text: "" is a string not translated, told at its own key, not a stale one', () => {
    const dir = bare();
    translate(dir, 'example', 'es', (key, en) => (key === 'title' ? '' : ES(key, en)));
    const { value } = readTranslation(join(dir, 'i18n/es/example.yaml'), '');
    expect(value).toBeUndefined();
    const file = join(dir, 'i18n', 'es', 'example.yaml');
    const found = checkTranslationFile(file, readFileSync(file, 'utf8'), { sharedDirs: [] });
    // Guards against an empty string counted as translated: the plan would show nothing there.
    expect(found.map((d) => `${d.severity} ${d.line} ${d.message}`)).toEqual([
      expect.stringMatching(/^warning 4 no translation of title yet/),
    ]);
  });

  it('the build’s check names each missing, empty, stale and extra string, and each file with none', () => {
    const dir = bare();
    translate(dir, 'example', 'es', (key, en) =>
      key === 'title' ? '' : key === 'summary' ? undefined : key === 'for' ? 'old' : ES(key, en),
    );
    const file = join(dir, 'i18n', 'es', 'example.yaml');
    // A stale string: its hash is of an older English.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/for: \{ en: \w+/, 'for: { en: zzzzzzzzzz') +
        `  node.gone.ask: { en: zzzzzzzzzz, text: "nada" }\n`,
    );
    const options = { sharedDirs: [] };
    const gaps = translationGaps([join(dir, 'example.yaml'), join(dir, 'shared', 'basics.yaml')], 'es', options);
    const said = gaps.diagnostics.map((d) => `${d.severity}: ${d.message}`);
    expect(said).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error: no translation of title yet/),
        expect.stringMatching(/^error: no translation of summary yet/),
        expect.stringMatching(/^error: the English of for changed/),
        expect.stringMatching(/^error: no string node\.gone\.ask in example/),
        expect.stringMatching(/^error: no translation file here yet for shared\/basics, which has 9 strings/),
      ]),
    );
    expect(said).toHaveLength(5);
    // Every diagnostic an error: a built-in language with any gap stops the build.
    expect(gaps.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('a whole translation has no gaps, and the build counts its strings', () => {
    const dir = bare();
    const own = translate(dir, 'example', 'es', ES);
    const module = translate(dir, 'shared/basics', 'es', ES);
    const gaps = translationGaps([join(dir, 'example.yaml'), join(dir, 'shared', 'basics.yaml')], 'es', {
      sharedDirs: [],
    });
    expect(gaps.diagnostics).toEqual([]);
    expect(gaps.strings).toBe(own.size + module.size);
  });
});

describe('a user scenario with its own translations (an i18n/<lang>/ folder beside it)', () => {
  const answers = 'no\nSam\npartner\ncost\nno\n';

  it('run --lang es shows its Spanish and its module’s; a string not translated stays English', async () => {
    const dir = bare();
    translate(dir, 'example', 'es', (key, en) => (key === 'node.end-first.title' ? undefined : ES(key, en)));
    translate(dir, 'shared/basics', 'es', ES);
    const r = await runInProcess(['--lang', 'es', 'run', join(dir, 'example.yaml'), '--region', 'US'], {
      input: answers,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ES Ask Sam if now is a good time.');
    expect(r.stdout).toContain('ES Look for lower-cost options together.');
    // The one string left out: its English, as `validate` warns.
    expect(r.stdout).toMatch(/A first, gentle talk with Sam/);
    // The program's own words in Spanish around them.
    expect(r.stdout).toContain('CÓMO EMPEZAR');
    const v = await runInProcess(['validate', dir]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/warning: no translation of node\.end-first\.title yet/);
  });

  it('in English the translation is not read at all', async () => {
    const dir = bare();
    translate(dir, 'example', 'es', ES);
    const r = await runInProcess(['run', join(dir, 'example.yaml'), '--region', 'US'], { input: answers });
    expect(r.stdout).toContain('Ask Sam if now is a good time.');
    expect(r.stdout).not.toContain('ES ');
  });

  it('a user scenario with the id of a built-in one is not given the built-in’s Spanish', async () => {
    const dir = bare();
    const text = readFileSync(join(dir, 'example.yaml'), 'utf8').replace('id: example', 'id: partner');
    writeFileSync(join(dir, 'partner.yaml'), text);
    const r = await runInProcess(['--lang', 'es', 'run', join(dir, 'partner.yaml'), '--region', 'US'], {
      input: answers,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ask Sam if now is a good time.');
  });
});

describe('the practice lines translated (i18n/<lang>/practice/lines.yaml)', () => {
  /** A scenarios folder with a copy of the built-in practice files and their reasons module. */
  function practiceFolder(): string {
    const dir = tempFolder('talkcoach-i18n-practice-');
    cpSync(join(BUILTIN_DIR, 'practice'), join(dir, 'practice'), { recursive: true });
    return dir;
  }

  it('their keys are the practice file’s; validate checks the file; the table keeps fresh strings only', async () => {
    const dir = practiceFolder();
    const english = translate(dir, 'practice/lines', 'es', (key, en) => (key === 'title' ? 'Ensayo' : ES(key, en)));
    expect(english.get('title')).toBeDefined();
    expect([...english.keys()].some((k) => /^opening\.reply\.[\w-]+\.say$/.test(k))).toBe(true);
    const table = practiceTranslationFor(join(dir, 'practice'), 'es', { sharedDirs: [] });
    expect(table.title).toBe('Ensayo');
    expect(Object.keys(table)).toHaveLength(english.size);
    const r = await runInProcess(['validate', join(dir, 'i18n', 'es', 'practice', 'lines.yaml')]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
});
