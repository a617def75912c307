// A translation file against the English of the file it translates (`talkcoach validate`, the build).
import { dirname, join, relative, sep } from 'node:path';
import type { Module } from '../engine/model.js';
import { fs } from '../io/fs.js';
import { msg } from '../messages/index.js';
import type { Diagnostic } from './diagnostics.js';
import { readTextFile } from '../io/read.js';
import { isModuleText, loadModuleFile, loadScenarioText, type LoadOptions } from './load.js';
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

/** The English strings of a scenario (its own, not its modules') or module file; undefined when it
 * cannot be read or has errors. */
export function englishOf(source: string, options: LoadOptions): Map<string, string> | undefined {
  try {
    const text = readTextFile(source, options.maxBytes);
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

/** One language's translations, compiled for the build: for each scenario its strings still true
 * to their English (its own file's and its modules'), and the crisis steps' (from their modules). */
export interface CompiledLanguage {
  /** Every file read, for the compiled file's freshness check. */
  files: string[];
  scenarios: Record<string, Record<string, string>>;
  steps: Record<string, string>;
}

export function compileLanguage(
  dir: string,
  language: string,
  scenarioFiles: readonly string[],
  options: LoadOptions,
): CompiledLanguage {
  const files: string[] = [];
  const strings = (source: string): Record<string, string> => {
    const file = join(dir, 'i18n', language, `${source}.yaml`);
    if (!fs.existsSync(file)) return {};
    const { value } = readTranslation(file, readTextFile(file, options.maxBytes));
    const sourceFile = join(dir, `${source}.yaml`);
    const english = value && englishOf(sourceFile, options);
    files.push(file, sourceFile);
    return value && english ? freshStrings(value, english) : {};
  };
  const scenarios: Record<string, Record<string, string>> = {};
  for (const file of scenarioFiles) {
    const { scenario } = loadScenarioText(file, readTextFile(file, options.maxBytes), options);
    if (!scenario) continue;
    const name = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.ya?ml$/, '');
    const table = Object.assign({}, ...(scenario.uses ?? []).map((u) => strings(`shared/${u}`)), strings(name));
    if (Object.keys(table).length) scenarios[scenario.id] = table;
  }
  return {
    files: [...new Set(files)],
    scenarios,
    steps: { ...strings('shared/crisis'), ...strings('shared/crisis-self') },
  };
}
