// The crisis steps: what to do now, written once in scenarios/shared/crisis.yaml (its safety
// points), for `talkcoach crisis` and for crisis help during a session.
import { join } from 'node:path';
import { planPoint } from '../engine/plan.js';
import type { PlanPoint } from '../engine/types.js';
import { BUILTIN_SHARED_DIR } from './catalogue.js';
import { compiledCrisisSteps } from './compiled.js';

/** The crisis steps written once in scenarios/shared/crisis.yaml (its safety points): precompiled
 * when the package was built, else read now. */
export async function crisisSteps(): Promise<PlanPoint[]> {
  const ready = compiledCrisisSteps();
  if (ready) return ready;
  try {
    const { loadModuleFile } = await import('./load.js');
    const { module } = loadModuleFile(join(BUILTIN_SHARED_DIR, 'crisis.yaml'));
    if (!module) return [];
    return Object.entries(module.points ?? {})
      .filter(([, p]) => p.section === 'safety' && !p.when)
      .map(([id]) => planPoint(module, id, {}, new Map()));
  } catch {
    return [];
  }
}
