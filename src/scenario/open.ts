// A scenario ready to run, by id or by file. A built-in one comes precompiled when the package was
// built; anything else is read and checked now, and only then is the YAML parser loaded.
import { TalkcoachError } from '../errors.js';
import { BUILTIN_SHARED_DIR, resolveScenario } from './catalogue.js';
import { compiledBuiltin } from './compiled.js';
import { formatDiagnostic, type Diagnostic } from './diagnostics.js';
import { DEFAULT_MAX_BYTES } from './files.js';
import type { Scenario } from './format.js';

export interface OpenOptions {
  /** Folders of the user's own scenarios, searched after the built-in ones for an id. */
  dirs?: readonly string[];
  /** Refuse scenario files larger than this (default 1 MiB). */
  maxBytes?: number;
}

export async function openScenario(idOrFile: string, options: OpenOptions = {}): Promise<Scenario> {
  const file = resolveScenario(idOrFile, options.dirs ?? []);
  const ready = compiledBuiltin(file);
  if (ready) return ready;
  const { loadScenarioFile } = await import('./load.js');
  const loaded = loadScenarioFile(file, { sharedDirs: [BUILTIN_SHARED_DIR], maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  if (!loaded.scenario) throw problems(file, loaded.diagnostics);
  return loaded.scenario;
}

/** One error that names the file and shows its first problems. */
export function problems(file: string, diagnostics: readonly Diagnostic[]): TalkcoachError {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return new TalkcoachError(
    'scenario',
    `${file} has ${errors.length} problem${errors.length === 1 ? '' : 's'}; run talkcoach validate ${file} for the full list`,
    errors.slice(0, 5).map((d) => formatDiagnostic(d)),
  );
}
