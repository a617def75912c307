// talkcoach crisis: the crisis steps and lines at once, with no questions.
import { renderCrisisText } from '../render/text.js';
import { crisisFor } from '../safety/crisis.js';
import type { Io } from './context.js';
import { regionFor } from './run.js';

export function crisisCommand(o: { region?: string; json?: boolean }, io: Io): void {
  const crisis = crisisFor(regionFor(o, io));
  if (o.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, crisis }, null, 2)}\n`);
    return;
  }
  io.stdout.write(`${renderCrisisText(crisis)}\n`);
}
