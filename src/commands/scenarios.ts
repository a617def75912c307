// Loading a scenario for a command: problems become one typed error listing every one of them.
import { TalkcoachError } from '../errors.js';
import { formatDiagnostic } from '../scenario/diagnostics.js';
import type { Scenario } from '../scenario/format.js';
import { BUILTIN_SHARED_DIR, catalogue, resolveScenario, userScenarioDirs, type CatalogueEntry } from '../scenario/catalogue.js';
import { loadScenarioFile, DEFAULT_MAX_BYTES } from '../scenario/load.js';
import type { CommonOptions, Io } from './context.js';

export const userDirs = (o: CommonOptions, io: Io): string[] => userScenarioDirs(o.scenarios, io.env.TALKCOACH_SCENARIOS, process.platform === 'win32' ? ';' : ':');

export function loadForRun(arg: string, o: CommonOptions, io: Io): Scenario {
  const file = resolveScenario(arg, userDirs(o, io));
  const loaded = loadScenarioFile(file, { sharedDirs: [BUILTIN_SHARED_DIR], maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES });
  if (!loaded.scenario) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    throw new TalkcoachError(
      'scenario',
      `${file} has ${errors.length} problem${errors.length === 1 ? '' : 's'}; run talkcoach validate ${file} for the full list`,
      errors.slice(0, 5).map((d) => formatDiagnostic(d)),
    );
  }
  return loaded.scenario;
}

/** Every scenario in the catalogue, loaded; `scenario` is missing when the file has problems. */
export function loadCatalogue(o: CommonOptions, io: Io): (CatalogueEntry & { scenario: Scenario | undefined })[] {
  return catalogue(userDirs(o, io)).map((e) => ({
    ...e,
    scenario: loadScenarioFile(e.file, { sharedDirs: [BUILTIN_SHARED_DIR], maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES }).scenario,
  }));
}
