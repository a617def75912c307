// Loading a scenario for a command: problems become one typed error listing every one of them.
import { TalkcoachError } from '../errors.js';
import { formatDiagnostic } from '../scenario/diagnostics.js';
import type { Scenario } from '../engine/model.js';
import { resolveScenario } from '../scenario/catalogue.js';
import { isModuleText, loadScenarioText, readTextFile, type Loaded } from '../scenario/load.js';
import type { CommonOptions, Io } from './context.js';
import { loadOptions, userDirs } from './open.js';

export { loadCatalogue, loadOptions, userDirs } from './open.js';

/** A scenario id or file, loaded and checked (problems are in the result, not thrown). */
export function loadArg(arg: string, o: CommonOptions, io: Io): Loaded {
  return loadResolved(resolveScenario(arg, userDirs(o, io)), o);
}

/** A scenario file, loaded and checked. */
export function loadResolved(file: string, o: CommonOptions): Loaded {
  const options = loadOptions(o);
  const text = readTextFile(file, options.maxBytes);
  if (isModuleText(text))
    throw new TalkcoachError('usage', `${file} is a shared module, not a scenario: name a scenario that uses it`);
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
