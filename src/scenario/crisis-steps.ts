// The crisis steps: what to do now, written once in scenarios/shared/crisis.yaml (its safety
// points), for `talkcoach crisis` and for crisis help during a session.
import { join } from 'node:path';
import { planPoint } from '../engine/plan.js';
import type { loadModuleFile } from './load.js';
import type { PlanPoint } from '../engine/types.js';
import { BUILTIN_SHARED_DIR } from './catalogue.js';
import { compiledCrisisSteps } from './compiled.js';

/** Where the YAML reader comes from: loaded by the caller only when there is no compiled copy. */
export type ModuleReader = () => Promise<{ loadModuleFile: typeof loadModuleFile }>;

/** The crisis steps written once in scenarios/shared/crisis.yaml (its safety points): precompiled
 * when the package was built, else read now with `reader`. */
export async function crisisSteps(reader: ModuleReader): Promise<PlanPoint[]> {
  const ready = compiledCrisisSteps();
  if (ready) return ready;
  try {
    const { module } = (await reader()).loadModuleFile(join(BUILTIN_SHARED_DIR, 'crisis.yaml'));
    if (!module) return [];
    return Object.entries(module.points ?? {})
      .filter(([, p]) => p.section === 'safety' && !p.when)
      .map(([id]) => planPoint(module, id, {}, new Map()));
  } catch {
    return [];
  }
}
