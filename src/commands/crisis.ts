// talkcoach crisis: the crisis steps and lines at once, with no questions. The fastest way to
// help in an emergency, so it works even if the steps file cannot be read.
import { msg } from '../messages/index.js';
import { renderCrisisText, pointLines } from '../render/text.js';
import { PLAIN_STYLE } from '../render/style.js';
import { crisisFor } from '../safety/crisis.js';
import { crisisSteps } from '../scenario/crisis-steps.js';
import type { Io } from './context.js';
import { regionFor } from './run.js';

export { crisisSteps };

export async function crisisCommand(o: { region?: string; json?: boolean }, io: Io): Promise<void> {
  const crisis = crisisFor(regionFor(o, io));
  const steps = await crisisSteps();
  if (o.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, steps, crisis }, null, 2)}\n`);
    return;
  }
  const out = [renderCrisisText(crisis)];
  if (steps.length > 0)
    out.push(
      '',
      PLAIN_STYLE.heading(msg('cli.crisis.whatNow')),
      ...steps.flatMap((p) => pointLines(p, 80, PLAIN_STYLE, true)),
    );
  io.stdout.write(`${out.join('\n')}\n`);
}
