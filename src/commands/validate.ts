// talkcoach validate <file|dir>...: every problem at once, as file:line:col: severity: message.
// Scenario files get the schema and graph checks; shared modules (a `module:` key) their schema;
// practice files (a `practice:` key) their schema and the practice walk, with their sibling;
// test files (*.test.yaml) their schema and the ids they name. A folder means its scenario and
// test files, and the modules in its shared/ folder.
import { dirname, join } from 'node:path';
import { EXIT, TalkcoachError } from '../errors.js';
import { fs } from '../io/fs.js';
import { msg } from '../messages/index.js';
import { formatDiagnostic, type Diagnostic } from '../scenario/diagnostics.js';
import { fileError, readTextFile } from '../io/read.js';
import { isModuleText, loadModuleText, loadScenarioText } from '../scenario/load.js';
import { outsideError } from '../scenario/inside.js';
import { checkPracticeFile, isPracticeText } from '../scenario/practice-load.js';
import { isTestFile, loadTestFile } from '../authoring/load.js';
import { checkTranslationFile } from '../scenario/translation-check.js';
import { isTranslationText } from '../scenario/translations.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { loadOptions, userDirs } from './options.js';
import { note } from './note.js';

const { readdirSync, statSync } = fs;

export interface ValidateOptions extends CommonOptions {
  format?: string;
  /** Warnings fail the check too. */
  strict?: boolean;
}

const yamlIn = (dir: string): string[] => {
  try {
    return readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
};

/** The files a target stands for, each with the folder it must stay inside once links are followed:
 * a folder's own, or a file's. */
function expand(target: string): { file: string; root: string }[] {
  let st;
  try {
    st = statSync(target);
  } catch (e) {
    throw fileError(target, e);
  }
  if (!st.isDirectory()) return [{ file: target, root: dirname(target) }];
  const files = [
    ...yamlIn(target),
    ...yamlIn(join(target, 'shared')),
    ...yamlIn(join(target, 'practice')),
    ...translationsIn(target),
  ];
  if (files.length === 0) throw new TalkcoachError('usage', msg('cli.validate.noFiles', { target }));
  return files.map((file) => ({ file, root: target }));
}

/** A scenarios folder's translation files: i18n/<lang>/, i18n/<lang>/shared/ and i18n/<lang>/practice/. */
const translationsIn = (target: string): string[] => {
  const i18n = join(target, 'i18n');
  let languages: string[] = [];
  try {
    languages = readdirSync(i18n).sort();
  } catch {
    return [];
  }
  return languages.flatMap((lang) => ['', 'shared', 'practice'].flatMap((sub) => yamlIn(join(i18n, lang, sub))));
};

function check(file: string, root: string, o: ValidateOptions, io: Io): Diagnostic[] {
  const outside = outsideError(file, root);
  if (outside) throw outside;
  const options = loadOptions(o);
  const text = readTextFile(file, options.maxBytes);
  // A test file's translation (i18n/<lang>/<name>.test.yaml) is named like a test file.
  if (isTestFile(file) && !isTranslationText(text))
    return loadTestFile(file, { ...options, userDirs: userDirs(o, io) }).diagnostics;
  if (isPracticeText(text)) return checkPracticeFile(file, options.maxBytes);
  if (isTranslationText(text)) return checkTranslationFile(file, text, options);
  return isModuleText(text) ? loadModuleText(file, text) : loadScenarioText(file, text, options).diagnostics;
}

export function validateCommand(targets: string[], o: ValidateOptions, io: Io): number {
  if (o.format !== undefined && o.format !== 'text' && o.format !== 'json')
    throw new TalkcoachError('usage', msg('cli.validate.badFormat'));
  const roots = new Map<string, string>();
  for (const { file, root } of targets.flatMap(expand)) if (!roots.has(file)) roots.set(file, root);
  const files = [...roots.keys()];
  const all: Diagnostic[] = [];
  const seen = new Set<string>();
  const results: { file: string; valid: boolean; errors: number; warnings: number }[] = [];
  for (const file of files) {
    let diagnostics: Diagnostic[];
    try {
      diagnostics = check(file, roots.get(file)!, o, io);
    } catch (e) {
      if (!(e instanceof TalkcoachError)) throw e;
      diagnostics = [
        {
          file,
          line: 1,
          col: 1,
          severity: 'error',
          message: e.message.replace(`${file}: `, '').replace(`${file} `, 'the file '),
        },
      ];
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    results.push({ file, valid: errors === 0, errors, warnings: diagnostics.length - errors });
    for (const d of diagnostics) {
      // A shared module used by several scenarios reports its problems once.
      const key = `${d.file}:${d.line}:${d.col}:${d.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        all.push(d);
      }
    }
  }
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  const failed = errors > 0 || (o.strict === true && warnings > 0);
  if (o.format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ version: 1, ok: !failed, errors, warnings, files: results, diagnostics: all }, null, 2)}\n`,
    );
  } else {
    for (const d of all) io.stdout.write(`${formatDiagnostic(d)}\n`);
    const summary = msg('cli.validate.summary', {
      files: msg('common.files', { count: files.length }),
      errors: msg('common.errors', { count: errors }),
      warnings: msg('common.warnings', { count: warnings }),
    });
    const strict = o.strict && warnings > 0 && errors === 0 ? msg('cli.validate.strictFails') : '';
    // With nothing found, the count is a note (--quiet silences it); with problems, it stays.
    if (all.length === 0) note(io, summary);
    else io.stderr.write(`${summary}${strict}\n`);
  }
  return failed ? EXIT.scenario : EXIT.ok;
}
