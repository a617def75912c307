// `talkcoach` alone (or with options only): pick a scenario and run it, on a terminal.
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { crisisFor } from '../safety/crisis.js';
import { canAskHere, plainWanted, type CommonOptions, type Io } from './context.js';
import { regionFor } from './region.js';

export interface CoachOptions extends CommonOptions {
  plain?: boolean;
  color?: boolean;
  region?: string;
}

export async function coachCommand(given: CoachOptions, io: Io): Promise<void> {
  const o = { ...given, plain: plainWanted(given, io) };
  // As with run: `talkcoach > plan.txt` asks on the terminal, and the plan goes to the file.
  if (!canAskHere(io)) throw new TalkcoachError('usage', msg('cli.notOnTerminal'), [msg('cli.notOnTerminalHint')]);
  // The coach's modules load while the history is looked at for a due check-in.
  const loading = Promise.all([
    import('../frontends/interactive.js'),
    import('./open.js'),
    import('../scenario/crisis-steps.js'),
    import('./practice-source.js'),
  ]);
  if (await (await import('./checkin-due.js')).offerDueCheckin(o, io)) return;
  const [{ runInteractive }, { loadCatalogue, situations }, { crisisSteps }, { practiceAfterPlan }] = await loading;

  let loaded: Awaited<ReturnType<typeof loadCatalogue>> = [];
  const byId = (id: string) => loaded.find((e) => e.scenario?.id === id)?.scenario;
  await runInteractive(undefined, { crisis: crisisFor(regionFor(o, io)) }, io, o, {
    catalogue: async () => (loaded = situations(await loadCatalogue(o, io))),
    crisisSteps,
    // Practice after a plan: the replies in a new order each time (the engine takes the random source).
    practice: practiceAfterPlan(o, byId, Math.random),
  });
}
