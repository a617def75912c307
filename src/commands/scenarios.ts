// Loading a scenario for a command: problems become one typed error listing every one of them.
import { TalkcoachError } from '../errors.js';
import { formatDiagnostic } from '../scenario/diagnostics.js';
import type { Scenario } from '../scenario/format.js';
import { BUILTIN_SHARED_DIR, catalogue, resolveScenario, type CatalogueEntry } from '../scenario/catalogue.js';
import { DEFAULT_MAX_BYTES, isModuleText, loadScenarioFile, loadScenarioText, readTextFile, type Loaded } from '../scenario/load.js';
import type { CommonOptions, Io } from './context.js';
import { userDirs } from './open.js';

export { userDirs };

export const loadOptions = (o: CommonOptions) => ({ sharedDirs: [BUILTIN_SHARED_DIR], maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES });

/** A scenario id or file, loaded and checked (problems are in the result, not thrown). */
export function loadArg(arg: string, o: CommonOptions, io: Io): Loaded {
  return loadResolved(resolveScenario(arg, userDirs(o, io)), o);
}

/** A scenario file, loaded and checked. */
export function loadResolved(file: string, o: CommonOptions): Loaded {
  const options = loadOptions(o);
  const text = readTextFile(file, options.maxBytes);
  if (isModuleText(text)) throw new TalkcoachError('usage', `${file} is a shared module, not a scenario: name a scenario that uses it`);
  return loadScenarioText(file, text, options);
}

/** The error for a scenario that cannot be used: how many problems, the first few, and what to run. */
export function problemsError(loaded: Loaded): TalkcoachError {
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  return new TalkcoachError(
    'scenario',
    `${loaded.file} has ${errors.length} problem${errors.length === 1 ? '' : 's'}; run talkcoach validate ${loaded.file} for the full list`,
    errors.slice(0, 5).map((d) => formatDiagnostic(d)),
  );
}

export function loadForRun(arg: string, o: CommonOptions, io: Io): Scenario {
  const loaded = loadArg(arg, o, io);
  if (!loaded.scenario) throw problemsError(loaded);
  return loaded.scenario;
}

/** Every scenario in the catalogue, loaded; `scenario` is missing when the file has problems. */
export function loadCatalogue(o: CommonOptions, io: Io): (CatalogueEntry & { scenario: Scenario | undefined })[] {
  const entries = catalogue(userDirs(o, io)).map((e) => ({ ...e, scenario: loadScenarioFile(e.file, loadOptions(o)).scenario }));
  // Built-in first; within each, by the scenario's own `order`, then by id (the sort is stable).
  const rank = (e: (typeof entries)[number]) => [e.builtin ? 0 : 1, e.scenario?.order ?? Number.MAX_SAFE_INTEGER] as const;
  return entries.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
}
