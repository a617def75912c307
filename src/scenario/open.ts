// Opening a scenario file for use: loaded and checked, and the one error that says why it cannot be
// used. Shared by the commands and the library.
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { BUILTIN_SHARED_DIR } from './catalogue.js';
import { formatDiagnostic } from './diagnostics.js';
import { DEFAULT_MAX_BYTES } from '../io/limits.js';
import { isModuleText, loadScenarioText, type Loaded, type LoadOptions } from './load.js';
import { readTextFile } from '../io/read.js';

export interface OpenOptions {
  /** Refuse scenario files larger than this (default 1 MiB). */
  maxBytes?: number;
}

/** How a scenario is loaded: with the built-in shared modules, and a size limit. */
export const openOptions = (o: OpenOptions): LoadOptions & { maxBytes: number } => ({
  sharedDirs: [BUILTIN_SHARED_DIR],
  maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES,
});

/** A scenario file, loaded and checked (problems are in the result, not thrown). */
export function loadResolved(file: string, o: OpenOptions): Loaded {
  const options = openOptions(o);
  const text = readTextFile(file, options.maxBytes);
  if (isModuleText(text)) throw new TalkcoachError('usage', msg('scenario.isModule', { file }));
  // A file that is no scenario at all (a path the caller did not mean, /etc/passwd): its problems
  // would quote its lines and keys, so nothing from it is said.
  if (!looksLikeScenario(text)) throw new TalkcoachError('scenario', msg('io.notAScenario', { file }));
  return loadScenarioText(file, text, options);
}

/** The error for a scenario that cannot be used: how many problems, the first few, and what to run. */
export function problemsError(loaded: Loaded): TalkcoachError {
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  return new TalkcoachError(
    'scenario',
    msg('scenario.hasProblems', { file: loaded.file, count: errors.length }),
    errors.slice(0, 5).map((d) => formatDiagnostic(d)),
  );
}

/** Whether a text has one of a scenario's own top-level keys. */
const looksLikeScenario = (text: string): boolean => /^(format|id|start|nodes)[ \t]*:/m.test(text);
