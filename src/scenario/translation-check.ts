// A translation file against the English of the file it translates (`talkcoach validate`, the
// build), and the translated strings a scenario, the crisis steps or the practice lines are said
// with, read from the translation files beside them (a user's scenario, or the built-in ones
// when their compiled copy is missing or stale).
import { basename, dirname, join } from 'node:path';
import type { Module, Scenario } from '../engine/model.js';
import { fs } from '../io/fs.js';
import { msg } from '../messages/index.js';
import type { Diagnostic } from './diagnostics.js';
import { readTextFile } from '../io/read.js';
import type { CompactTranslations } from './compiled.js';
import { isModuleText, loadModuleFile, loadScenarioText, type LoadOptions } from './load.js';
import { practiceStrings } from './localize-practice.js';
import { isPracticeText, loadPractice } from './practice-load.js';
import { parse } from 'yaml';
import { testStrings } from './test-strings.js';
import {
  checkTranslation,
  englishStrings,
  freshStrings,
  ownStrings,
  readTranslation,
  sourceOf,
} from './translations.js';

/** The module a scenario uses: in its own shared/ folder, else in the shared folders given. */
function moduleFile(scenarioFile: string, name: string, options: LoadOptions): string | undefined {
  return [join(dirname(scenarioFile), 'shared'), ...options.sharedDirs]
    .map((dir) => join(dir, `${name}.yaml`))
    .find((f) => fs.existsSync(f));
}

/** The English strings of a scenario (its own, not its modules'), module or practice lines file;
 * undefined when it cannot be read or has errors. */
export function englishOf(source: string, options: LoadOptions): Map<string, string> | undefined {
  try {
    const text = readTextFile(source, options.maxBytes);
    // A test file: the phrases its cases quote (test-strings.ts names the keys).
    if (/\.test\.ya?ml$/.test(source)) return testStrings(parse(text) as unknown);
    if (isPracticeText(text)) {
      const { content } = loadPractice(dirname(source), options.maxBytes);
      return content && practiceStrings(content);
    }
    if (isModuleText(text)) {
      const { module } = loadModuleFile(source);
      return module && englishStrings(module);
    }
    const { scenario } = loadScenarioText(source, text, options);
    if (!scenario) return undefined;
    const modules = (scenario.uses ?? []).flatMap((name): Module[] => {
      const file = moduleFile(source, name, options);
      const m = file ? loadModuleFile(file).module : undefined;
      return m ? [m] : [];
    });
    return ownStrings(scenario, modules);
  } catch {
    return undefined;
  }
}

export function checkTranslationFile(file: string, text: string, options: LoadOptions): Diagnostic[] {
  const { value, diagnostics } = readTranslation(file, text);
  if (!value) return diagnostics;
  const source = sourceOf(file, value);
  const english = englishOf(source, options);
  if (!english)
    return [
      ...diagnostics,
      { file, line: 1, col: 1, severity: 'error', message: msg('translation.noSource', { file: source }) },
    ];
  return [...diagnostics, ...checkTranslation(file, text, value, english)];
}

/** The translation file of a source file: i18n/<lang>/<name>.yaml in the folder of scenarios it
 * belongs to (a module's and the practice lines' one folder up, as shared/<name>, practice/lines). */
export function translationFileOf(source: string, language: string): string {
  const name = translatedName(source);
  return join(dirname(source), ...(name.includes('/') ? ['..'] : []), 'i18n', language, `${name}.yaml`);
}

/** The name a translation file gives its source: partner, shared/talk, practice/lines. */
export function translatedName(source: string): string {
  const folder = basename(dirname(source));
  const name = basename(source).replace(/\.ya?ml$/, '');
  return ['shared', 'practice'].includes(folder) ? `${folder}/${name}` : name;
}

/** A test file's translation into `language`, when it is whole: every phrase its cases quote,
 * translated and true to its English. `gaps` counts the strings missing or stale (`validate`
 * names them); `strings` counts the phrases there are to translate. */
export function testTranslationFor(
  testFile: string,
  language: string,
  options: LoadOptions,
): { strings: number; gaps: number; say?: Record<string, string> } {
  const english = englishOf(testFile, options) ?? new Map<string, string>();
  const file = translationFileOf(testFile, language);
  if (english.size === 0) return { strings: 0, gaps: 0, say: {} };
  if (!fs.existsSync(file)) return { strings: english.size, gaps: english.size };
  const { value } = readTranslation(file, readTextFile(file, options.maxBytes));
  const fresh = value ? freshStrings(value, english) : {};
  const gaps = [...english.keys()].filter((k) => !Object.hasOwn(fresh, k)).length;
  return gaps === 0 ? { strings: english.size, gaps, say: fresh } : { strings: english.size, gaps };
}

/** The fresh strings of one source file's translation, with every file read (for freshness). */
function freshOf(source: string, language: string, options: LoadOptions, read: string[]): Record<string, string> {
  const file = translationFileOf(source, language);
  if (!fs.existsSync(file)) return {};
  const { value } = readTranslation(file, readTextFile(file, options.maxBytes));
  const english = value && englishOf(source, options);
  read.push(file, source);
  return value && english ? freshStrings(value, english) : {};
}

/** A scenario's translated strings, its modules' and its own, from the files beside them; the
 * English stands in for any not there (`validate` names them). */
export function translationFor(
  file: string,
  scenario: Scenario,
  language: string,
  options: LoadOptions,
  read: string[] = [],
): Record<string, string> {
  const modules = (scenario.uses ?? []).flatMap((u) => {
    const m = moduleFile(file, u, options);
    return m ? [freshOf(m, language, options, read)] : [];
  });
  return Object.assign({}, ...modules, freshOf(file, language, options, read));
}

/** The crisis steps' translated strings (their points, from the crisis modules). */
export const stepsTranslationFor = (
  sharedDir: string,
  language: string,
  options: LoadOptions,
  read: string[] = [],
): Record<string, string> => ({
  ...freshOf(join(sharedDir, 'crisis.yaml'), language, options, read),
  ...freshOf(join(sharedDir, 'crisis-self.yaml'), language, options, read),
});

/** The practice lines' translated strings, for the lines.yaml of a practice folder. */
export const practiceTranslationFor = (
  practiceDir: string,
  language: string,
  options: LoadOptions,
  read: string[] = [],
): Record<string, string> => freshOf(join(practiceDir, 'lines.yaml'), language, options, read);

/** One language's translations of a scenarios folder, compiled for the build: the strings still
 * true to their English, each module's once (several scenarios use a module), each scenario's own
 * with the modules it uses, and the practice lines'. */
export interface CompiledLanguage extends CompactTranslations {
  /** Every file read, for the compiled file's freshness check. */
  files: string[];
}

export function compileLanguage(
  dir: string,
  language: string,
  scenarioFiles: readonly string[],
  options: LoadOptions,
): CompiledLanguage {
  const files: string[] = [];
  const shared = join(dir, 'shared');
  const modules: CompactTranslations['modules'] = {};
  for (const name of fs.existsSync(shared) ? fs.readdirSync(shared).sort() : [])
    if (/\.ya?ml$/.test(name))
      modules[name.replace(/\.ya?ml$/, '')] = freshOf(join(shared, name), language, options, files);
  const scenarios: CompactTranslations['scenarios'] = {};
  for (const file of scenarioFiles) {
    const { scenario } = loadScenarioText(file, readTextFile(file, options.maxBytes), options);
    if (scenario) scenarios[scenario.id] = { uses: scenario.uses ?? [], own: freshOf(file, language, options, files) };
  }
  const practiceDir = join(dir, 'practice');
  const practice = fs.existsSync(practiceDir) ? practiceTranslationFor(practiceDir, language, options, files) : {};
  return { files: [...new Set(files)], modules, scenarios, practice };
}

/** Every file of a scenarios folder whose words a translation carries: its scenarios, its shared
 * modules, its practice lines and its test files (their quoted phrases). The build checks the
 * built-in folder's against each language it ships. */
export function translatedSources(dir: string): string[] {
  const yaml = (folder: string, test: boolean) =>
    fs.existsSync(folder)
      ? fs
          .readdirSync(folder)
          .filter((n) => /\.ya?ml$/.test(n) && /\.test\.ya?ml$/.test(n) === test)
          .sort()
          .map((n) => join(folder, n))
      : [];
  const lines = join(dir, 'practice', 'lines.yaml');
  return [
    ...yaml(dir, false),
    ...yaml(join(dir, 'shared'), false),
    ...(fs.existsSync(lines) ? [lines] : []),
    ...yaml(dir, true),
  ];
}

/** What keeps a language's translation of a folder's files from being whole: for each scenario,
 * module and practice lines file, a translation file that is missing, or a string missing, empty,
 * stale or naming nothing, each said by file and key. The build refuses a built-in language with
 * any (a Spanish plan never shows English); `validate` tells a user's as warnings. */
export function translationGaps(
  sources: readonly string[],
  language: string,
  options: LoadOptions,
): { diagnostics: Diagnostic[]; strings: number } {
  const diagnostics: Diagnostic[] = [];
  let strings = 0;
  for (const source of sources) {
    const english = englishOf(source, options);
    if (!english || english.size === 0) continue;
    strings += english.size;
    const file = translationFileOf(source, language);
    if (!fs.existsSync(file)) {
      diagnostics.push({
        file,
        line: 1,
        col: 1,
        severity: 'error',
        message: msg('translation.noFile', { count: english.size, source: translatedName(source) }),
      });
      continue;
    }
    const text = readTextFile(file, options.maxBytes);
    const { value, diagnostics: shape } = readTranslation(file, text);
    diagnostics.push(...shape.filter((d) => d.severity === 'error'));
    if (value)
      diagnostics.push(
        ...checkTranslation(file, text, value, english).map((d) => ({ ...d, severity: 'error' as const })),
      );
  }
  return { diagnostics, strings };
}
