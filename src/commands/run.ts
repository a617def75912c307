// talkcoach run <id|file>: interactive on a terminal, piped otherwise.
import { TalkcoachError } from '../errors.js';
import { didYouMean, msg } from '../messages/index.js';
import { closest } from '../scenario/suggest.js';
import { runPiped } from '../frontends/piped.js';
import type { Plan } from '../engine/types.js';
import { linesOf } from '../io/std.js';
import type { Format } from '../render/index.js';
import { runKeyed } from '../frontends/keyed.js';
import { canAskHere, crisisStepsFor, plainWanted, type CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { answerSource } from './answers.js';
import { openForRun, openFromStdin } from './open.js';
import { practiceAfterPlan } from './practice-source.js';
import { formatFor, outputPath, writePlan } from './output.js';
import { chooseRegion, crisisOf, regionLine } from './region.js';
import { cutNote, note } from './note.js';
import { terminalRoom } from './rooms.js';
import { questionKeys } from '../engine/question-keys.js';
import type { Scenario } from '../engine/model.js';

export interface RunOptions extends CommonOptions {
  answers?: string;
  input: boolean;
  format?: Format;
  force?: boolean;
  output?: string;
  region?: string;
  plain?: boolean;
  color: boolean;
  /** Start at this node instead of the scenario's start: for authors trying one branch. */
  from?: string;
  /** Print "More, if you want it" too. */
  full?: boolean;
  /** Keep the answers in a saved file (left out by default: they can hold private details). */
  withAnswers?: boolean;
  /** Keep the safety-plan details (a code word, where things are kept) in a saved file. */
  withSafetyDetails?: boolean;
}

export { today } from './output.js';

/** The scenario started at `from` (a node id, or a question's alias); the earlier questions are not
 * asked, so their facts stay unset. */
function startingAt(scenario: Scenario, from: string, io: Io): Scenario {
  const keys = questionKeys(scenario);
  const node = Object.hasOwn(scenario.nodes, from) ? from : keys.get(from);
  if (node === undefined)
    throw new TalkcoachError(
      'usage',
      msg('cli.run.noFrom', { node: from }) +
        didYouMean(closest(from, [...new Set([...Object.keys(scenario.nodes), ...keys.keys()])])),
    );
  note(io, msg('cli.run.from', { node }));
  return { ...scenario, start: node };
}

/** `run -`: the scenario comes on standard input, so the answers must come from a file. */
async function scenarioFromStdin(o: RunOptions, io: Io) {
  if (o.answers === undefined || o.answers === '-')
    throw new TalkcoachError('usage', `${msg('cli.run.stdinScenario')}; ${msg('cli.run.stdinScenarioHint')}`);
  return openFromStdin(io.lines ? io.lines() : linesOf(io.stdin), o);
}

export async function runCommand(arg: string, given: RunOptions, io: Io): Promise<void> {
  const o = { ...given, plain: plainWanted(given, io) };
  const opened = arg === '-' ? await scenarioFromStdin(o, io) : await openForRun(arg, o, io);
  const scenario = o.from === undefined ? opened : startingAt(opened, o.from, io);
  const region = chooseRegion(o, io);
  const crisis = crisisOf(region);
  // Standard output sent to a file or a pipe, with a person at the keyboard: ask on the terminal.
  const interactive = o.answers === undefined && o.input && canAskHere(io);
  if (interactive) {
    const { runInteractive } = await terminalRoom();
    // -o as for a piped run: ~ expanded, a full path, the format from its extension.
    // The plan is on the screen already: `-o -` asks for nothing more there.
    const output = o.output === '-' ? undefined : outputPath(o.output, io.env);
    const flags = { ...o, output, format: output === undefined ? o.format : formatFor(o.format, output) };
    // Practice after the plan: the replies in a new order each time (the engine takes the random source).
    const practice = practiceAfterPlan(o, () => scenario, Math.random);
    await runInteractive(scenario, { crisis }, io, flags, {
      crisisSteps: crisisStepsFor(),
      practice,
      askRegion: region.unsaid === true,
    });
    return;
  }
  const source = await answerSource(o.answers, io);
  let plan: Plan;
  if ('keyed' in source) {
    plan = runKeyed(scenario, source.keyed, { crisis }, source.name, cutNote(io));
  } else {
    const piped = await runPiped(scenario, source.lines, { crisis }, cutNote(io));
    if (piped.leftOver > 0) note(io, msg('cli.run.leftOver', { count: piped.leftOver }));
    plan = piped.plan;
  }
  await writePlan(plan, o, io);
  // A plan with no numbers says so on stderr, with how to get them; a script's stdout stays the plan.
  if (!region.region) note(io, `talkcoach: ${regionLine(region)}`);
}

export function parseFormat(value: string | undefined): Format | undefined {
  if (value === undefined) return undefined;
  if (value === 'text' || value === 'markdown' || value === 'json') return value;
  if (value === 'md') return 'markdown';
  throw new TalkcoachError('usage', msg('cli.run.badFormat', { value }));
}
