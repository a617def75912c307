// Built-in scenarios compiled at build time (scripts/build.mjs) into one checked JSON file beside
// the bundle, so running one needs neither the YAML parser nor the checks. Running from source
// there is no such file, and the YAML is read as usual.
import { fs } from '../io/fs.js';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_DIR } from './catalogue.js';
import type { PlanPoint } from '../engine/types.js';
import type { Scenario } from './format.js';

const { readFileSync, statSync } = fs;

export const COMPILED_FILE = fileURLToPath(new URL('./builtin-scenarios.json', import.meta.url));

export interface CompiledScenario {
  /** Each file it was built from (relative to the built-in folder, with / between parts) and its size. */
  sources: Record<string, number>;
  scenario: Scenario;
}

export interface CompiledScenarios {
  format: 1;
  /** By the scenario's file name. */
  scenarios: Record<string, CompiledScenario>;
  /** The crisis steps of shared/crisis.yaml (see src/commands/crisis.ts), and the size of that file. */
  crisisSteps?: { sources: Record<string, number>; steps: PlanPoint[] };
}

let cache: CompiledScenarios | null | undefined;

function compiled(): CompiledScenarios | null {
  if (cache === undefined) {
    try {
      cache = JSON.parse(readFileSync(COMPILED_FILE, 'utf8')) as CompiledScenarios;
    } catch {
      cache = null;
    }
  }
  return cache;
}

const sizeOf = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
};

const fresh = (sources: Record<string, number>) => Object.entries(sources).every(([name, size]) => sizeOf(join(BUILTIN_DIR, name)) === size);

/** The compiled form of a built-in scenario file, unless there is none or its files changed since. */
export function compiledBuiltin(file: string): Scenario | undefined {
  const rel = relative(BUILTIN_DIR, resolve(file)).split(sep).join('/');
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const data = compiled();
  const entry = data && Object.hasOwn(data.scenarios, rel) ? data.scenarios[rel] : undefined;
  return entry && fresh(entry.sources) ? entry.scenario : undefined;
}

/** The crisis steps, compiled, unless there are none or their file changed since. */
export function compiledCrisisSteps(): PlanPoint[] | undefined {
  const entry = compiled()?.crisisSteps;
  return entry && fresh(entry.sources) ? entry.steps : undefined;
}
