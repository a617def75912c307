// talkcoach crisis: the crisis steps and lines at once, with no questions. The fastest way to
// help in an emergency, so it works even if the steps file cannot be read.
import { msg } from '../messages/index.js';
import { renderCrisisText, pointLines } from '../render/text.js';
import { PLAIN_STYLE } from '../render/style.js';
import { wrap } from '../render/wrap.js';
import { crisisFor } from '../safety/crisis.js';
import { crisisSteps } from '../scenario/crisis-steps.js';
import type { Io } from './context.js';
import { chooseRegion, regionLine } from './region.js';

export { crisisSteps };

export async function crisisCommand(o: { region?: string; json?: boolean }, io: Io): Promise<void> {
  const region = chooseRegion(o, io);
  const crisis = crisisFor(region.region);
  const steps = await crisisSteps();
  if (o.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, steps, crisis, regionFrom: region.why }, null, 2)}\n`);
    return;
  }
  const out = [renderCrisisText(crisis), '', ...wrap(regionLine(region), 80, ' ')];
  if (steps.length > 0)
    out.push(
      '',
      PLAIN_STYLE.heading(msg('cli.crisis.whatNow')),
      ...steps.flatMap((p) => pointLines(p, 80, PLAIN_STYLE, true)),
    );
  io.stdout.write(`${out.join('\n')}\n`);
}
