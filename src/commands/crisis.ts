// talkcoach crisis: the crisis steps and lines at once, with no questions. The fastest way to
// help in an emergency, so it works even if the steps file cannot be read.
import { msg } from '../messages/index.js';
import { renderCrisisText, pointLines } from '../render/text.js';
import { PLAIN_STYLE } from '../render/style.js';
import { wrap } from '../render/wrap.js';
import { crisisFor } from '../safety/crisis.js';
import { crisisStepsFor, plainWanted, type Io } from './context.js';
import { PLAIN_TEXT_STYLE, straightQuotes } from '../render/plain.js';
import { chooseRegion, regionLine } from './region.js';

export async function crisisCommand(o: { region?: string; json?: boolean; plain?: boolean }, io: Io): Promise<void> {
  const plain = plainWanted(o, io);
  const style = plain ? PLAIN_TEXT_STYLE : PLAIN_STYLE;
  const region = chooseRegion(o, io);
  const crisis = crisisFor(region.region);
  const steps = await crisisStepsFor(io)();
  if (o.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, steps, crisis, regionFrom: region.why }, null, 2)}\n`);
    return;
  }
  const out = [renderCrisisText(crisis, { style }), '', ...wrap(regionLine(region), 80, ' ')];
  if (steps.length > 0)
    out.push('', style.heading(msg('cli.crisis.whatNow')), ...steps.flatMap((p) => pointLines(p, 80, style, true)));
  const text = `${out.join('\n')}\n`;
  io.stdout.write(plain ? straightQuotes(text) : text);
}
