// Scenario translation files (scenarios/i18n/<lang>/<file>.yaml): keyed by the scenario's own ids,
// each string with a hash of its English, so that a changed English line is found stale by
// `talkcoach validate` and left out by the build (the English is shown until it is translated again).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sayFrom } from '../../src/commands/scenario-words.js';
import { localizeScenario } from '../../src/scenario/localize.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { compileLanguage } from '../../src/scenario/translation-check.js';
import { englishHash } from '../../src/scenario/translations.js';
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
    const compiled = compileLanguage(`${dir}/`, 'xx', [file], { sharedDirs: [] });
    expect(compiled.scenarios.example).toEqual({ title: 'Xx title' });
    const scenario = loadScenarioFile(file, { sharedDirs: [] }).scenario!;
    const translated = localizeScenario(scenario, sayFrom(compiled.scenarios.example!));
    expect(translated.title).toBe('Xx title');
    const ask = (s: typeof scenario) => (s.nodes.safety as { ask: string }).ask;
    expect(ask(translated)).toBe(ask(scenario));
  });
});
