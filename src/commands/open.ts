// The scenario `run` uses. A built-in one comes precompiled when the package was built, so it needs
// neither the YAML parser nor the checks; anything else is read and checked by scenarios.ts, which
// is loaded only then.
import { resolveScenario, userScenarioDirs } from '../scenario/catalogue.js';
import { compiledBuiltin } from '../scenario/compiled.js';
import type { Scenario } from '../scenario/format.js';
import type { CommonOptions, Io } from './context.js';

export const userDirs = (o: CommonOptions, io: Io): string[] => userScenarioDirs(o.scenarios, io.env.TALKCOACH_SCENARIOS, process.platform === 'win32' ? ';' : ':');

/** The scenario, or a TalkcoachError listing its problems. */
export async function openForRun(arg: string, o: CommonOptions, io: Io): Promise<Scenario> {
  const ready = compiledBuiltin(resolveScenario(arg, userDirs(o, io)));
  if (ready) return ready;
  const { loadForRun } = await import('./scenarios.js');
  return loadForRun(arg, o, io);
}
