// The interactive coach on a terminal. (Built in its own issue; until then, say so kindly.)
import type { StartOptions } from '../engine/types.js';
import { TalkcoachError } from '../errors.js';
import type { Scenario } from '../scenario/format.js';
import type { Io } from '../commands/context.js';

export async function runInteractive(_scenario: Scenario | undefined, _options: StartOptions, _io: Io, _flags: object): Promise<void> {
  throw new TalkcoachError('usage', 'the interactive coach is not ready yet; pipe your answers in, one a line, or use --answers FILE');
}
