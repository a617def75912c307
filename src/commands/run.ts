// talkcoach run <id|file>: interactive on a terminal, piped otherwise.
import { TalkcoachError } from '../errors.js';
import { didYouMean, msg } from '../messages/index.js';
import { closest } from '../scenario/suggest.js';
import { runPiped } from '../frontends/piped.js';
import { fileLines, linesOf } from '../io/std.js';
import { renderPlan, type Format } from '../render/index.js';
import { crisisFor, normaliseRegion, regionFromLocale } from '../safety/crisis.js';
import { crisisSteps } from '../scenario/crisis-steps.js';
import { onTerminal, type CommonOptions, type Io } from './context.js';
import { openForRun } from './open.js';

export interface RunOptions extends CommonOptions {
  answers?: string;
  input: boolean;
  format: Format;
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
}

/** Today as YYYY-MM-DD, in local time: the date a saved plan carries. */
export function today(now = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** The scenario started at `from`; the earlier questions are not asked, so their facts stay unset. */
function startingAt<S extends { nodes: Record<string, unknown>; start: string }>(scenario: S, from: string, io: Io): S {
  if (!Object.hasOwn(scenario.nodes, from))
    throw new TalkcoachError(
      'usage',
      msg('cli.run.noFrom', { node: from }) + didYouMean(closest(from, Object.keys(scenario.nodes))),
    );
  io.stderr.write(`${msg('cli.run.from', { node: from })}\n`);
  return { ...scenario, start: from };
}

export function regionFor(o: { region?: string }, io: Io): string | null {
  if (o.region !== undefined) {
    const r = normaliseRegion(o.region);
    if (!r) io.stderr.write(`${msg('cli.run.unknownRegion', { region: o.region })}\n`);
    return r;
  }
  return regionFromLocale(io.env);
}

export async function runCommand(arg: string, o: RunOptions, io: Io): Promise<void> {
  const opened = await openForRun(arg, o, io);
  const scenario = o.from === undefined ? opened : startingAt(opened, o.from, io);
  const crisis = crisisFor(regionFor(o, io));
  // Standard output sent to a file or a pipe, with a person at the keyboard: ask on the terminal.
  const asking = onTerminal(io) || (io.canAsk !== false && io.stdin.isTTY === true && io.stderr.isTTY === true);
  const interactive = o.answers === undefined && o.input && asking;
  if (interactive) {
    const { runInteractive } = await import('../frontends/interactive.js');
    // The plan is on the screen already: `-o -` asks for nothing more there.
    const flags = o.output === '-' ? { ...o, output: undefined } : o;
    await runInteractive(scenario, { crisis }, io, flags, { crisisSteps });
    return;
  }
  const lines = o.answers !== undefined ? fileLines(o.answers) : io.lines ? io.lines() : linesOf(io.stdin);
  const { plan, leftOver } = await runPiped(scenario, lines, { crisis });
  if (leftOver > 0) io.stderr.write(`${msg('cli.run.leftOver', { count: leftOver })}\n`);
  // `-o -` is standard output, as with most tools; no file is ever called "-" by accident.
  const saving = o.output !== undefined && o.output !== '-';
  // A saved file is the whole plan, dated, and leaves out the answers unless asked (--with-answers).
  const text = renderPlan(plan, o.format, {
    width: 80,
    full: saving || Boolean(o.full),
    ...(saving ? { date: today(), answers: Boolean(o.withAnswers) } : {}),
  });
  if (saving && o.output !== undefined) {
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
