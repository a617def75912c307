// talkcoach run <id|file>: interactive on a terminal, piped otherwise.
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { runPiped } from '../frontends/piped.js';
import { fileLines, linesOf } from '../io/std.js';
import { renderPlan, type Format } from '../render/index.js';
import { crisisFor } from '../safety/crisis.js';
import { crisisSteps } from '../scenario/crisis-steps.js';
import { onTerminal, type CommonOptions, type Io } from './context.js';
import { openForRun } from './open.js';
import { chooseRegion, regionLine } from './region.js';

export interface RunOptions extends CommonOptions {
  answers?: string;
  input: boolean;
  format: Format;
  output?: string;
  region?: string;
  plain?: boolean;
  color: boolean;
}

export { regionFor } from './region.js';

export async function runCommand(arg: string, o: RunOptions, io: Io): Promise<void> {
  const scenario = await openForRun(arg, o, io);
  const region = chooseRegion(o, io);
  const crisis = crisisFor(region.region);
  // Standard output sent to a file or a pipe, with a person at the keyboard: ask on the terminal.
  const asking = onTerminal(io) || (io.canAsk !== false && io.stdin.isTTY === true && io.stderr.isTTY === true);
  const interactive = o.answers === undefined && o.input && asking;
  if (interactive) {
    const { runInteractive } = await import('../frontends/interactive.js');
    await runInteractive(scenario, { crisis }, io, o, { crisisSteps });
    return;
  }
  const lines = o.answers !== undefined ? fileLines(o.answers) : io.lines ? io.lines() : linesOf(io.stdin);
  // A plan with no numbers says so on stderr, with how to get them; a script's stdout stays the plan.
  if (!region.region) io.stderr.write(`talkcoach: ${regionLine(region)}\n`);
  const { plan, leftOver } = await runPiped(scenario, lines, { crisis });
  if (leftOver > 0) io.stderr.write(`${msg('cli.run.leftOver', { count: leftOver })}\n`);
  const text = renderPlan(plan, o.format, { width: 80 });
  if (o.output !== undefined) {
    const { saveFileAtomic } = await import('../io/save.js');
    saveFileAtomic(o.output, text);
    io.stderr.write(`${msg('cli.run.saved', { file: o.output })}\n`);
  } else {
    io.stdout.write(text);
  }
}

export function parseFormat(value: string): Format {
  if (value === 'text' || value === 'markdown' || value === 'json') return value;
  if (value === 'md') return 'markdown';
  throw new TalkcoachError('usage', msg('cli.run.badFormat', { value }));
}
