// Compiles the built-in scenarios, the crisis steps and the practice files into dist/compiled/*.json (see
// src/scenario/compiled.ts). scripts/build.mjs bundles this file into the folder it builds and runs
// it there, so the paths it finds (../scenarios/) are those of the package. Any error stops the
// build; warnings are shown.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkScenario, crisisSteps, formatDiagnostic } from '../../src/index.js';
import { prepareNormaliser } from '../../src/engine/practice/normalise.js';
import { indexPatterns } from '../../src/engine/practice/pattern-index.js';
import { BUILTIN_DIR } from '../../src/paths.js';
import {
  COMPILED_DIR,
  CRISIS_STEPS_FILE,
  PRACTICE_FILE,
  SHARED_PARTS_FILE,
  sourcesOf,
  withoutShared,
  type SharedParts,
} from '../../src/scenario/compiled.js';
import type { Scenario } from '../../src/engine/model.js';
import { compileLanguage, translatedSources, translationGaps } from '../../src/scenario/translation-check.js';
import { BUILTIN_PRACTICE_DIR, loadPractice, reasonIds, SCORER_FILE } from '../../src/scenario/practice-load.js';

export async function compileBuiltins(): Promise<void> {
  mkdirSync(COMPILED_DIR, { recursive: true });
  const write = (name: string, data: unknown) =>
    writeFileSync(join(COMPILED_DIR, `${name}.json`), JSON.stringify(data));
  const shared = join(BUILTIN_DIR, 'shared');
  write(CRISIS_STEPS_FILE, {
    sources: sourcesOf([join(shared, 'crisis.yaml'), join(shared, 'crisis-self.yaml')]),
    steps: await crisisSteps(),
    selfSteps: await crisisSteps('self'),
  });
  // Practice: so that `practice --check` and the practice screens need no YAML parser either.
  const practice = loadPractice(BUILTIN_PRACTICE_DIR);
  for (const d of practice.diagnostics) console.error(formatDiagnostic(d));
  if (!practice.content || !practice.rules) throw new Error('build: the practice files have errors (listed above)');
  // Every file loadPractice read; the scorer (JSON already) is read from its own file, not copied.
  const { scorer, ...rules } = practice.rules;
  const scorerFile = join(BUILTIN_PRACTICE_DIR, SCORER_FILE);
  const practiceFiles = ['lines.yaml', 'checker.yaml'].map((f) => join(BUILTIN_PRACTICE_DIR, f));
  write(PRACTICE_FILE, {
    sources: sourcesOf([...practiceFiles, ...(scorer ? [scorerFile] : []), join(shared, 'reasons.yaml')]),
    content: practice.content,
    // The pattern index too, so a fresh process compiles only the patterns a reply can match.
    rules: { ...rules, index: indexPatterns(rules, prepareNormaliser(rules)) },
    reasonIds: reasonIds(),
    ...(scorer ? { scorer: relative(BUILTIN_DIR, scorerFile).split(sep).join('/') } : {}),
  });
  const names = readdirSync(BUILTIN_DIR)
    .filter((n) => /\.ya?ml$/.test(n) && !/\.test\.ya?ml$/.test(n))
    .sort();
  let failed = false;
  const checked: { name: string; file: string; scenario: Scenario }[] = [];
  for (const name of names) {
    const file = join(BUILTIN_DIR, name);
    const { scenario, diagnostics } = await checkScenario(file);
    for (const d of diagnostics) console.error(formatDiagnostic(d));
    if (!scenario) failed = true;
    else checked.push({ name, file, scenario });
  }
  if (failed) throw new Error('build: a built-in scenario has errors (listed above)');
  // A node or point two scenarios hold alike (a shared module's) is written once, in the shared parts.
  const parts = sharedParts(checked.map((c) => c.scenario));
  write(SHARED_PARTS_FILE, parts);
  for (const { name, file, scenario } of checked) {
    const files = [file, ...(scenario.uses ?? []).map((u) => join(shared, `${u}.yaml`))];
    write(name, { sources: sourcesOf(files), scenario: withoutShared(scenario, parts) });
  }
  // Translations (scenarios/i18n/<lang>/): a language with a folder there must translate every
  // string of every built-in scenario, module and the practice lines, each true to its English, or
  // the build stops naming each gap: a plan in that language never shows English. Then its strings
  // are compiled, one file a language, so a translated run (and practice) reads no YAML either.
  const i18n = join(BUILTIN_DIR, 'i18n');
  const languages = existsSync(i18n) ? readdirSync(i18n).sort() : [];
  const files = names.map((n) => join(BUILTIN_DIR, n));
  // Scenarios, modules, the practice lines and the test files' quoted phrases (`--lang es test`).
  const sources = translatedSources(BUILTIN_DIR);
  const options = { sharedDirs: [shared] };
  for (const language of languages) {
    const gaps = translationGaps(sources, language, options);
    for (const d of gaps.diagnostics) console.error(formatDiagnostic(d));
    if (gaps.diagnostics.length > 0)
      throw new Error(
        `build: the ${language} translation of the built-in files has ${gaps.diagnostics.length} gaps ` +
          `(listed above; ${gaps.strings} strings in all): ` +
          `npx tsx scripts/i18n-skeleton.ts ${language} adds the missing keys`,
      );
    const { files: read, ...compact } = compileLanguage(BUILTIN_DIR, language, files, options);
    // The translation files apart: the package ships the compiled strings alone (compiled.ts).
    const translated = read.filter((f) => relative(i18n, f).split(sep)[0] !== '..');
    const english = read.filter((f) => !translated.includes(f));
    write(`i18n-${language}`, { sources: sourcesOf(english), translations: sourcesOf(translated), ...compact });
    console.error(`build: ${language}: ${gaps.strings} strings translated, 0 stale or missing`);
  }
}

/** For each node and point id, the value most scenarios hold, when at least two hold it alike. */
function sharedParts(scenarios: readonly Scenario[]): SharedParts {
  const pick = <T>(records: Record<string, T>[]): Record<string, T> => {
    const seen = new Map<string, Map<string, { value: T; count: number }>>();
    for (const r of records)
      for (const [id, value] of Object.entries(r)) {
        const byJson = seen.get(id) ?? new Map<string, { value: T; count: number }>();
        const json = JSON.stringify(value);
        const e = byJson.get(json) ?? { value, count: 0 };
        e.count++;
        byJson.set(json, e);
        seen.set(id, byJson);
      }
    const out: Record<string, T> = {};
    for (const [id, byJson] of seen) {
      const best = [...byJson.values()].sort((a, b) => b.count - a.count)[0]!;
      if (best.count >= 2) out[id] = best.value;
    }
    return out;
  };
  return { nodes: pick(scenarios.map((s) => s.nodes)), points: pick(scenarios.map((s) => s.points ?? {})) };
}
