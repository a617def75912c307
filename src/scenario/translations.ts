// Scenario text in another language without a copy of the scenario: a translation file for each
// scenario or shared module, scenarios/i18n/<lang>/<name>.yaml (shared/<name>.yaml for a module),
// keyed by the ids the scenario already has (src/scenario/localize.ts names the keys). Each string
// keeps a short hash of the English it was translated from: when the English changes, the
// translation is stale, `talkcoach validate` says so, and the build leaves it out (the English is
// shown) until it is translated again. The build compiles them with the scenarios (compiled.ts).
import { basename, dirname, join, sep } from 'node:path';
import { isMap, type Node } from 'yaml';
import type { Module, Scenario } from '../engine/model.js';
import { msg } from '../messages/index.js';
import { contentHash } from './compiled.js';
import type { Diagnostic } from './diagnostics.js';
import { localizeScenario } from './localize.js';
import { located, readYaml } from './parse.js';

/** A translated string: its words, and the hash of the English it was made from. */
interface Translated {
  en: string;
  text: string;
}

export interface TranslationFile {
  language: string;
  /** The file translated, as named under the scenarios folder without .yaml: `partner`, `shared/talk`. */
  translates: string;
  strings: Record<string, Translated>;
}

/** The short hash a translation keeps of its English. */
export const englishHash = (english: string): string =>
  contentHash(new TextEncoder().encode(english)).replace(/^\d+:/, '');

/** Whether a YAML text is a translation file (it has a top-level `translates:` key). */
export const isTranslationText = (text: string): boolean => /^translates[ \t]*:/m.test(text);

/** Every string a reader sees in a scenario or module, by key; a module's own nodes and points only. */
export function englishStrings(source: Scenario | Module): Map<string, string> {
  const found = new Map<string, string>();
  const isModule = 'module' in source;
  const asScenario = isModule ? ({ nodes: source.nodes ?? {}, points: source.points } as Scenario) : source;
  localizeScenario(asScenario, (key, english) => {
    found.set(key, english);
    return english;
  });
  return found;
}

/** A scenario's strings without those of the modules it uses (those belong to the modules' files). */
export function ownStrings(scenario: Scenario, modules: readonly Module[]): Map<string, string> {
  const own = englishStrings(scenario);
  for (const m of modules) for (const key of englishStrings(m).keys()) own.delete(key);
  return own;
}

/** The scenarios folder a translation file belongs to: the folder holding its i18n/ folder. */
function scenariosFolderOf(file: string): string | undefined {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('i18n');
  return at < 0 ? undefined : parts.slice(0, at).join(sep) || '.';
}

/** The source file a translation translates. */
export const sourceOf = (file: string, t: TranslationFile): string =>
  join(scenariosFolderOf(file) ?? dirname(file), `${t.translates}.yaml`);

/** A translation file read, with the problems of its shape located. */
export function readTranslation(file: string, text: string): { value?: TranslationFile; diagnostics: Diagnostic[] } {
  const read = readYaml(file, text, 'translation');
  if (!read.tree) return { diagnostics: read.diagnostics };
  const at = (path: string, message: string, severity: 'error' | 'warning' = 'error'): Diagnostic =>
    located(file, read.source, read.source.positions.get(path), severity, message);
  const tree: Node = read.tree;
  const top = isMap(tree) ? (tree.toJSON() as Record<string, unknown>) : {};
  const { language, translates, strings } = top;
  const stringsMap = isMap(tree) && isMap(tree.get('strings', true));
  if (typeof language !== 'string' || typeof translates !== 'string' || !stringsMap)
    return { diagnostics: [at('', msg('translation.shape'))] };
  const diagnostics: Diagnostic[] = [];
  const out: Record<string, Translated> = {};
  for (const [key, v] of Object.entries(strings as Record<string, unknown>)) {
    const entry = v as Partial<Translated> | null;
    if (!entry || typeof entry.text !== 'string' || typeof entry.en !== 'string')
      diagnostics.push(at(`strings/${key}`, msg('translation.entryShape', { key })));
    else out[key] = { en: entry.en, text: entry.text };
  }
  if (basename(file).replace(/\.ya?ml$/, '') !== basename(translates))
    diagnostics.push(at('translates', msg('translation.nameDiffers', { translates }), 'warning'));
  return { value: { language, translates, strings: out }, diagnostics };
}

/** What is wrong with a translation against its English: extra keys (errors), stale and missing
 * strings (warnings: the English is shown for them). */
export function checkTranslation(
  file: string,
  text: string,
  t: TranslationFile,
  english: ReadonlyMap<string, string>,
): Diagnostic[] {
  const read = readYaml(file, text, 'translation');
  const at = (key: string, severity: 'error' | 'warning', message: string): Diagnostic =>
    located(
      file,
      read.source,
      read.source.positions.get(`strings#${key}`) ?? read.source.positions.get(`strings/${key}`),
      severity,
      message,
    );
  const out: Diagnostic[] = [];
  for (const [key, entry] of Object.entries(t.strings)) {
    const source = english.get(key);
    if (source === undefined) out.push(at(key, 'error', msg('translation.extra', { key, source: t.translates })));
    else if (entry.en !== englishHash(source) && entry.text.trim())
      out.push(at(key, 'warning', msg('translation.stale', { key, hash: englishHash(source) })));
  }
  // An empty text is a string not yet translated, as the skeleton leaves it: told at its key.
  for (const [key, source] of english) {
    const had = Object.hasOwn(t.strings, key);
    if (had && t.strings[key]!.text.trim()) continue;
    out.push(at(had ? key : '', 'warning', msg('translation.missing', { key, hash: englishHash(source) })));
  }
  return out;
}

/** The strings of a translation still true to their English: what the build compiles. */
export function freshStrings(t: TranslationFile, english: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(t.strings).flatMap(([key, e]) => {
      const source = english.get(key);
      return source !== undefined && e.en === englishHash(source) && e.text.trim() ? [[key, e.text]] : [];
    }),
  );
}
