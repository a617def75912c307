// Loading a scenario for a command: the user's folders come from --scenarios and TALKCOACH_SCENARIOS.
import type { Scenario } from '../scenario/format.js';
import { userScenarioDirs } from '../scenario/catalogue.js';
import { openScenario } from '../scenario/open.js';
import type { CommonOptions, Io } from './context.js';

export const userDirs = (o: CommonOptions, io: Io): string[] => userScenarioDirs(o.scenarios, io.env.TALKCOACH_SCENARIOS, process.platform === 'win32' ? ';' : ':');

/** The scenario, or a TalkcoachError listing its problems. */
export function loadForRun(arg: string, o: CommonOptions, io: Io): Promise<Scenario> {
  return openScenario(arg, { dirs: userDirs(o, io), ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}) });
}
