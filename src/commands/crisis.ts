// talkcoach crisis: the crisis steps and lines at once, with no questions. The fastest way to
// help in an emergency, so it works even if the steps files cannot be read. Its first line is the
// emergency number and the first crisis line (for whoever reads from the top, or pipes it to a
// pager); then the steps for the person who is struggling themselves, then those for someone helping
// another; the whole list of lines comes last, so on a terminal it is what stays on screen.
import { languageCode, msg } from '../messages/index.js';
import { otherHelpItems } from '../render/crisis.js';
import { crisisAtOnce } from '../render/summary.js';
import { renderCrisisText, pointLines } from '../render/text.js';
import { PLAIN_STYLE } from '../render/style.js';
import { wrap } from '../render/wrap.js';
import { colorLevel } from '../render/color-level.js';
import { crisisStepsFor, plainWanted } from './context.js';
import { onTerminal, type Io } from '../io/types.js';
import { PLAIN_TEXT_STYLE, straightQuotes } from '../render/plain.js';
import { chooseRegion, crisisOf, regionLine, type RegionChoice } from './region.js';
import { terminalRoom } from './rooms.js';

/** The region: given, or from the locale; on a terminal, when the locale names no country, asked. */
async function regionHere(o: { region?: string; json?: boolean; color?: boolean }, io: Io, plain: boolean) {
  const chosen = chooseRegion(o, io);
  if (o.json || !onTerminal(io) || !chosen.unsaid) return chosen;
  const { askRegionOnTerminal } = await terminalRoom();
  const region = await askRegionOnTerminal(io, { plain, ...(o.color === false ? { color: false } : {}) });
  return { region, why: msg(region ? 'cli.region.asked' : 'cli.region.askedElsewhere') } satisfies RegionChoice;
}

export async function crisisCommand(
  o: { region?: string; json?: boolean; plain?: boolean; color?: boolean },
  io: Io,
): Promise<void> {
  const plain = plainWanted(o, io);
  // Colour as README's rules say (a terminal, or FORCE_COLOR even into a pipe; never with --plain,
  // --no-color or NO_COLOR); the colours are loaded only when used.
  const level = colorLevel({ env: io.env, isTTY: io.stdout.isTTY === true, noColor: o.color === false, plain });
  const style = plain
    ? PLAIN_TEXT_STYLE
    : level > 0 && !o.json
      ? (await import('../render/screen.js')).makeLook(level, false, 80).style
      : PLAIN_STYLE;
  const region = await regionHere(o, io, plain);
  const crisis = crisisOf(region);
  const [selfSteps, steps] = await Promise.all([crisisStepsFor('self')(), crisisStepsFor()()]);
  if (o.json) {
    const out = { version: 1, lang: languageCode(), steps, selfSteps, crisis, regionFrom: region.why };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const section = (heading: string, points: typeof steps) =>
    points.length > 0 ? [style.heading(heading), ...points.flatMap((p) => pointLines(p, 80, style, true)), ''] : [];
  const out = [
    ...wrap(crisisAtOnce(crisis), 80, '').map(style.safety),
    '',
    ...section(msg('cli.crisis.forYou'), selfSteps),
    ...section(msg('cli.crisis.forSomeone'), steps),
    ...wrap(regionLine(region), 80, ' '),
    '',
    renderCrisisText(crisis, { style }, [], otherHelpItems(crisis)),
  ];
  const text = `${out.join('\n')}\n`;
  io.stdout.write(plain ? straightQuotes(text) : text);
}
