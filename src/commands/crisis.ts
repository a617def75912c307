// talkcoach crisis: the crisis steps and lines at once, with no questions. The fastest way to
// help in an emergency, so it works even if the steps file cannot be read.
import { join } from 'node:path';
import type { PlanPoint } from '../engine/types.js';
import { renderCrisisText, pointLines } from '../render/text.js';
import { PLAIN_STYLE } from '../render/style.js';
import { crisisFor } from '../safety/crisis.js';
import { BUILTIN_SHARED_DIR } from '../scenario/catalogue.js';
import { loadModuleFile } from '../scenario/load.js';
import type { Io } from './context.js';
import { regionFor } from './run.js';

/** The crisis steps written once in scenarios/shared/crisis.yaml (its safety points). */
export function crisisSteps(): PlanPoint[] {
  try {
    const { module } = loadModuleFile(join(BUILTIN_SHARED_DIR, 'crisis.yaml'));
    return Object.entries(module?.points ?? {})
      .filter(([, p]) => p.section === 'safety' && !p.when)
      .map(([id, p]) => ({ id, section: p.section, do: p.do, ...(p.say ? { say: p.say } : {}), ...(p.avoid ? { avoid: p.avoid } : {}), source: p.source }));
  } catch {
    return [];
  }
}

export function crisisCommand(o: { region?: string; json?: boolean }, io: Io): void {
  const crisis = crisisFor(regionFor(o, io));
  const steps = crisisSteps();
  if (o.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, steps, crisis }, null, 2)}\n`);
    return;
  }
  const out = [renderCrisisText(crisis)];
  if (steps.length > 0) out.push('', PLAIN_STYLE.heading('What to do now'), ...steps.flatMap((p) => pointLines(p, 80, PLAIN_STYLE, true)));
  io.stdout.write(`${out.join('\n')}\n`);
}
