// Built-in scenarios compiled at build time (scripts/build.mjs) into checked JSON files beside the
// bundle (dist/compiled/<file>.json, one a scenario), so running one needs neither the YAML parser
// nor the checks. Running from source there are none, and the YAML is read as usual.
import { fs } from '../io/fs.js';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_DIR } from './catalogue.js';
import type { PlanPoint } from '../engine/types.js';
import type { Scenario } from '../engine/model.js';

const { readFileSync, statSync } = fs;

export const COMPILED_DIR = fileURLToPath(new URL('./compiled/', import.meta.url));
export const CRISIS_STEPS_FILE = 'crisis-steps';

export interface CompiledScenario {
  /** Each file it was built from (relative to the built-in folder, with / between parts) and its size. */
  sources: Record<string, number>;
  scenario: Scenario;
}

/** The crisis steps of shared/crisis.yaml (see src/scenario/crisis-steps.ts), compiled. */
export interface CompiledSteps {
  sources: Record<string, number>;
  steps: PlanPoint[];
}

/** A compiled file, or undefined when there is none (running from source). */
function compiled<T>(name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(COMPILED_DIR, `${name}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

const sizeOf = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
};

const fresh = (sources: Record<string, number>) =>
  Object.entries(sources).every(([name, size]) => sizeOf(join(BUILTIN_DIR, name)) === size);

/** The compiled form of a built-in scenario file, unless there is none or its files changed since. */
export function compiledBuiltin(file: string): Scenario | undefined {
  const rel = relative(BUILTIN_DIR, resolve(file)).split(sep).join('/');
  // Built-in scenarios sit directly in the folder: anything else has no compiled form.
  if (!/^[a-z0-9][a-z0-9-]*\.ya?ml$/.test(rel)) return undefined;
  const entry = compiled<CompiledScenario>(rel);
  return entry && fresh(entry.sources) ? entry.scenario : undefined;
}

/** The crisis steps, compiled, unless there are none or their file changed since. */
export function compiledCrisisSteps(): PlanPoint[] | undefined {
  const entry = compiled<CompiledSteps>(CRISIS_STEPS_FILE);
  return entry && fresh(entry.sources) ? entry.steps : undefined;
}
