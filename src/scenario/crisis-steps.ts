// The crisis steps: what to do now, written once in shared modules (their safety points whose `when`
// holds when nothing is known yet: none, or "unless afraid of them"): scenarios/shared/crisis.yaml
// for helping someone else, crisis-self.yaml for the user themselves. For `talkcoach crisis` and for
// crisis help during a session.
import { join } from 'node:path';
import { planPoint } from '../engine/plan.js';
import { holds } from '../engine/conditions.js';
import type { loadModuleFile } from './load.js';
import type { PlanPoint } from '../engine/types.js';
import { BUILTIN_SHARED_DIR } from './catalogue.js';
import { compiledCrisisSteps } from './compiled.js';

/** Where the YAML reader comes from: loaded by the caller only when there is no compiled copy. */
export type ModuleReader = () => Promise<{ loadModuleFile: typeof loadModuleFile }>;

/** Whose steps: for someone helping another person, or for the user themselves. */
export type CrisisFor = 'other' | 'self';

const CRISIS_MODULES: Record<CrisisFor, string> = { other: 'crisis.yaml', self: 'crisis-self.yaml' };

/** The crisis steps written once in a shared module (its safety points that hold with no answers):
 * precompiled when the package was built, else read now with `reader`. */
export async function crisisSteps(reader: ModuleReader, who: CrisisFor = 'other'): Promise<PlanPoint[]> {
  const ready = compiledCrisisSteps(who);
  if (ready) return ready;
  try {
    const { module } = (await reader()).loadModuleFile(join(BUILTIN_SHARED_DIR, CRISIS_MODULES[who]));
    if (!module) return [];
    return Object.entries(module.points ?? {})
      .filter(([, p]) => p.section === 'safety' && (!p.when || holds(p.when, {})))
      .map(([id]) => planPoint(module, id, {}, new Map()));
  } catch {
    return [];
  }
}
