// talkcoach as a library: find and load a scenario, run a session with your own front end
// (start, answer, back: pure and synchronous, state is plain data), and render the plan.
// Nothing here reads the environment, prints or exits.
import { BUILTIN_SHARED_DIR, catalogue, resolveScenario, type CatalogueEntry } from './scenario/catalogue.js';
import { compiledBuiltin } from './scenario/compiled.js';
import { crisisSteps as readCrisisSteps } from './scenario/crisis-steps.js';
import type { PlanPoint } from './engine/types.js';
import type { Diagnostic } from './scenario/diagnostics.js';
import { DEFAULT_MAX_BYTES } from './io/limits.js';
import type { Scenario } from './engine/model.js';

export interface LoadScenarioOptions {
  /** Folders of your own scenarios, searched after the built-in ones for an id. */
  dirs?: readonly string[];
  /** Refuse scenario files larger than this (default 1 MiB). */
  maxBytes?: number;
}

/** A built-in scenario by id (see listScenarios), or a scenario file, checked and ready to run.
 * Throws a TalkcoachError (kind "scenario") that lists the first problems when it has any. */
export async function loadScenario(idOrFile: string, options: LoadScenarioOptions = {}): Promise<Scenario> {
  const file = resolveScenario(idOrFile, options.dirs ?? []);
  const ready = compiledBuiltin(file);
  if (ready) return ready;
  const { loadResolved, problemsError } = await import('./scenario/open.js');
  const loaded = loadResolved(file, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  if (!loaded.scenario) throw problemsError(loaded);
  return loaded.scenario;
}
export { start, answer, back } from './engine/session.js';
export { readAnswer } from './engine/answer-text.js';
export { walk } from './engine/walk.js';
export { EngineError } from './engine/errors.js';
export type { EngineMessageId, Words } from './engine/words.js';
export { describeOptions, engineErrorWords, engineWords, words, disclaimer, sectionTitles } from './render/words.js';
export type { EngineErrorCode } from './engine/errors.js';
export type * from './engine/types.js';
export type { ReadAnswer } from './engine/kinds/kind.js';
export { skipNotes, playLine, type LineResult } from './engine/play.js';
export { renderPlan, FORMATS, type Format } from './render/index.js';
export type { TextOptions } from './render/text.js';
export { crisisFor, normaliseRegion, regionFromLocale, KNOWN_REGIONS } from './safety/crisis.js';
export { TalkcoachError, EXIT, type ErrorKind } from './errors.js';

/** What to do now in a crisis, for showing beside the crisis lines: for someone helping another
 * person (scenarios/shared/crisis.yaml, the default), or for the user themselves (`'self'`,
 * crisis-self.yaml). */
export const crisisSteps = (who: 'other' | 'self' = 'other'): Promise<PlanPoint[]> =>
  readCrisisSteps(() => import('./scenario/load.js'), who);
export { formatDiagnostic, type Diagnostic, type Severity } from './scenario/diagnostics.js';
export type { Scenario, ScenarioNode, Point, Option, Branch, Condition, SectionId } from './engine/model.js';

export interface Checked {
  /** Present when the file has no errors (warnings allowed). */
  scenario: Scenario | undefined;
  /** Every problem, located as file, line and column. */
  diagnostics: Diagnostic[];
}

/** Checks a scenario file as `talkcoach validate` does, without throwing for what it finds. */
export async function checkScenario(file: string, options: { maxBytes?: number } = {}): Promise<Checked> {
  const { loadScenarioFile } = await import('./scenario/load.js');
  const { scenario, diagnostics } = loadScenarioFile(file, {
    sharedDirs: [BUILTIN_SHARED_DIR],
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  });
  return { scenario, diagnostics };
}

/** The scenarios available: the built-in ones, then those in `dirs`. */
export function listScenarios(options: { dirs?: readonly string[] } = {}): CatalogueEntry[] {
  return catalogue(options.dirs ?? []);
}
export type { CatalogueEntry as ScenarioEntry };
