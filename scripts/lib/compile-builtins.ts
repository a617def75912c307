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
import { COMPILED_DIR, CRISIS_STEPS_FILE, PRACTICE_FILE, sourcesOf } from '../../src/scenario/compiled.js';
import { compileLanguage } from '../../src/scenario/translation-check.js';
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
  for (const name of names) {
    const file = join(BUILTIN_DIR, name);
    const { scenario, diagnostics } = await checkScenario(file);
    for (const d of diagnostics) console.error(formatDiagnostic(d));
    if (!scenario) {
      failed = true;
      continue;
    }
    const files = [file, ...(scenario.uses ?? []).map((u) => join(shared, `${u}.yaml`))];
    write(name, { sources: sourcesOf(files), scenario });
  }
  if (failed) throw new Error('build: a built-in scenario has errors (listed above)');
  // Scenario translations (scenarios/i18n/<lang>/): the strings still true to their English, one
  // file a language, so a translated run reads no YAML either. Stale ones are left out (validate says which).
  const i18n = join(BUILTIN_DIR, 'i18n');
  const languages = existsSync(i18n) ? readdirSync(i18n).sort() : [];
  for (const language of languages) {
    const files = names.map((n) => join(BUILTIN_DIR, n));
    const {
      files: read,
      scenarios,
      steps,
    } = compileLanguage(BUILTIN_DIR, language, files, {
      sharedDirs: [shared],
    });
    write(`i18n-${language}`, { sources: sourcesOf(read), scenarios, steps });
  }
}
