// `talkcoach` alone (or with options only): pick a scenario and run it, on a terminal.
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { offerDueCheckin } from './checkin-due.js';
import { canAskHere, crisisStepsFor, plainWanted, type CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { loadCatalogue, situations } from './open.js';
import { practiceAfterPlan } from './practice-source.js';
import { chooseRegion, crisisOf } from './region.js';
import { terminalRoom } from './rooms.js';

export interface CoachOptions extends CommonOptions {
  plain?: boolean;
  color?: boolean;
  region?: string;
}

export async function coachCommand(given: CoachOptions, io: Io): Promise<void> {
  const o = { ...given, plain: plainWanted(given, io) };
  // As with run: `talkcoach > plan.txt` asks on the terminal, and the plan goes to the file.
  // One line, as every error: what happened, then where to look.
  if (!canAskHere(io))
    throw new TalkcoachError('usage', `${msg('cli.notOnTerminal')}; ${msg('cli.notOnTerminalHint')}`);
  // The terminal room loads while the history is looked at for a due check-in.
  const terminal = terminalRoom();
  if (await offerDueCheckin(o, io)) return;
  const { runInteractive } = await terminal;

  let loaded: Awaited<ReturnType<typeof loadCatalogue>> = [];
  const byId = (id: string) => loaded.find((e) => e.scenario?.id === id)?.scenario;
  const region = chooseRegion(o, io);
  await runInteractive(undefined, { crisis: crisisOf(region) }, io, o, {
    catalogue: async () => (loaded = situations(await loadCatalogue(o, io))),
    crisisSteps: crisisStepsFor(),
    selfSteps: crisisStepsFor('self'),
    askRegion: region.unsaid === true,
    // Practice after a plan: the replies in a new order each time (the engine takes the random source).
    practice: practiceAfterPlan(o, byId, Math.random),
  });
}
