// What every command shares beyond its streams and settings (src/io/types.ts): common options and
// the questions each asks of them.
import { spokenPoints } from './scenario-words.js';
import { onTerminal, type Io } from '../io/types.js';
import type { PlanPoint } from '../engine/types.js';
import { crisisSteps, type CrisisFor } from '../scenario/crisis-steps.js';
import { yamlRoom } from './rooms.js';

export interface CommonOptions {
  scenarios?: string[];
  maxBytes?: number;
}

/** --plain, or TALKCOACH_PLAIN=1 (set once for a screen reader, kept for every run). */
export const plainWanted = (o: { plain?: boolean }, io: Io): boolean =>
  o.plain === true || (io.env.TALKCOACH_PLAIN ?? '') === '1';

/** Someone can be asked: on a terminal, or with standard output sent to a file or a pipe while standard
 * input and standard error are still the terminal (the questions are drawn on standard error). */
export const canAskHere = (io: Io): boolean =>
  onTerminal(io) || (io.canAsk !== false && io.stdin.isTTY === true && io.stderr.isTTY === true);

/** The crisis steps for this run: read with the YAML room when there is no compiled copy. */
export const crisisStepsFor =
  (who: CrisisFor = 'other') =>
  (): Promise<PlanPoint[]> =>
    crisisSteps(yamlRoom, who).then((points) => spokenPoints(points));
