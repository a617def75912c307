// The command line's program: one typed parser (commander with @commander-js/extra-typings) whose
// actions load their command when it runs. Speed: a piped run of a built-in scenario so never loads
// the YAML parser (124 KB), the prompts, chalk or boxen (69 KB). Every speed trick, with where it
// lives and what it was measured to bring, is listed in CONTRIBUTING.md ("Speed").
import { Command, Option } from '@commander-js/extra-typings';
import { describeFailure } from './edge.js';
import { EXIT, TalkcoachError } from './errors.js';
import type { Io } from './io/types.js';
import { inertLines, msg } from './messages/index.js';
import { FORMATS } from './render/formats.js';
import { closest } from './scenario/suggest.js';

export { INTERRUPTED_LINE, SIGNAL_EXIT_CODES } from './edge.js';
export { removeAllPending } from './io/temp-files.js';
export { restoreTerminal, standardIo, writeError } from './io/std.js';
export { describeFailure } from './edge.js';

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new TalkcoachError('usage', msg('cli.notABytesCount', { value }));
  return n;
};
// Repeatable rather than variadic, so that `--scenarios DIR run x` keeps `run x` as the command.
const scenariosOption = () =>
  new Option('--scenarios <dir>', msg('cli.opt.scenarios')).argParser((dir, previous: string[] | undefined) => [
    ...(previous ?? []),
    dir,
  ]);
const maxBytesOption = () => new Option('--max-bytes <n>', msg('cli.opt.maxBytes')).argParser(positiveInt);
const regionOption = () => new Option('--region <code>', msg('cli.opt.region'));

type Done = (code: number) => void;

/** Each command: its options, and an action that imports the command's module only when it runs. */
const COMMANDS = {
  run: (io: Io) =>
    new Command('run')
      .description(msg('cli.run'))
      .argument('<scenario>', msg('cli.arg.scenario'))
      .option('--answers <file>', msg('cli.run.answers'))
      .option('--from <node>', msg('cli.run.fromOpt'))
      .option('--no-input', msg('cli.run.noInput'))
      .addOption(new Option('--format <format>', msg('cli.run.format')).choices([...FORMATS, 'md']).default('text'))
      .option('-o, --output <file>', msg('cli.run.output'))
      .option('--full', msg('cli.run.full'))
      .option('--with-answers', msg('cli.run.withAnswers'))
      .addOption(regionOption())
      .option('--plain', msg('cli.opt.plain'))
      .option('--no-color', msg('cli.opt.noColor'))
      .addOption(scenariosOption())
      .addOption(maxBytesOption())
      .action(async (scenario, opts) => {
        const { runCommand, parseFormat } = await import('./commands/run.js');
        await runCommand(scenario, { ...opts, format: parseFormat(opts.format) }, io);
      }),
  list: (io: Io) =>
    new Command('list')
      .description(msg('cli.list'))
      .option('--json', msg('cli.opt.json'))
      .addOption(scenariosOption())
      .addOption(maxBytesOption())
      .action(async (opts) => (await import('./commands/list.js')).listCommand(opts, io)),
  validate: (io: Io, done: Done) =>
    new Command('validate')
      .description(msg('cli.validate'))
      .argument('<paths...>', msg('cli.validate.paths'))
      .addOption(new Option('--format <format>', msg('cli.validate.format')).choices(['text', 'json']).default('text'))
      .option('--strict', msg('cli.opt.strict'))
      .option('--watch', msg('cli.test.watchOpt'))
      .addOption(scenariosOption())
      .addOption(maxBytesOption())
      .action(async (paths, opts) => {
        const { validateCommand } = await import('./commands/validate.js');
        if (opts.watch)
          await (await import('./commands/watch.js')).watchRuns(paths, () => validateCommand(paths, opts, io), io);
        done(validateCommand(paths, opts, io));
      }),
  graph: (io: Io, done: Done) =>
    new Command('graph')
      .description(msg('cli.graph'))
      .argument('<scenario>', msg('cli.arg.scenario'))
      .addOption(
        new Option('--format <format>', msg('cli.graph.format')).choices(['mermaid', 'dot']).default('mermaid'),
      )
      .addOption(scenariosOption())
      .addOption(maxBytesOption())
      .action(async (scenario, opts) => done((await import('./commands/graph.js')).graphCommand(scenario, opts, io))),
  test: (io: Io, done: Done) =>
    new Command('test')
      .description(msg('cli.test'))
      .argument('<paths...>', msg('cli.test.paths'))
      .option('--walk', msg('cli.test.walk'))
      .option('--strict', msg('cli.test.strict'))
      .option('--coverage', msg('cli.test.coverage'))
      .option('--random <n>', msg('cli.test.random'))
      .option('--seed <s>', msg('cli.test.seed'))
      .option('--watch', msg('cli.test.watchOpt'))
      .addOption(scenariosOption())
      .addOption(maxBytesOption())
      .action(async (paths, opts) => {
        const { testCommand } = await import('./commands/test.js');
        if (opts.watch)
          await (await import('./commands/watch.js')).watchRuns(paths, () => testCommand(paths, opts, io), io);
        done(testCommand(paths, opts, io));
      }),
  describe: (io: Io, done: Done) =>
    new Command('describe')
      .description(msg('cli.describe'))
      .argument('<name>', msg('cli.describe.name'))
      .option('--json', msg('cli.opt.json'))
      .addOption(scenariosOption())
      .addOption(maxBytesOption())
      .action(async (name, opts) => done((await import('./commands/describe.js')).describeCommand(name, opts, io))),
  checkin: (io: Io) =>
    new Command('checkin')
      .description(msg('checkin.cmd'))
      .option('--answers <file>', msg('cli.run.answers'))
      .option('--no-input', msg('cli.run.noInput'))
      .addOption(new Option('--format <format>', msg('cli.run.format')).choices([...FORMATS, 'md']).default('text'))
      .option('-o, --output <file>', msg('cli.run.output'))
      .option('--today <date>', msg('checkin.opt.today'))
      .option('--date <date>', msg('checkin.opt.date'))
      .option('--calendar <file>', msg('checkin.opt.calendar'))
      .option('--details', msg('checkin.opt.details'))
      .option('--keep', msg('checkin.opt.keep'))
      .addOption(regionOption())
      .option('--plain', msg('cli.opt.plain'))
      .option('--no-color', msg('cli.opt.noColor'))
      .action(async (opts) => {
        const [{ checkinCommand }, { parseFormat }] = await Promise.all([
          import('./commands/checkin.js'),
          import('./commands/run.js'),
        ]);
        await checkinCommand({ ...opts, format: parseFormat(opts.format) }, io);
      }),
  history: (io: Io) =>
    new Command('history')
      .description(msg('history.cmd'))
      .action(async () => (await import('./commands/history.js')).historyCommand(io)),
  forget: (io: Io) =>
    new Command('forget')
      .description(msg('forget.cmd'))
      .option('--yes', msg('forget.opt.yes'))
      .action(async (opts) => (await import('./commands/history.js')).forgetCommand(opts, io)),
  crisis: (io: Io) =>
    new Command('crisis')
      .description(msg('cli.crisis'))
      .addOption(new Option('--region <code>', msg('cli.crisis.region')))
      .option('--json', msg('cli.opt.json'))
      .action(async (opts) => (await import('./commands/crisis.js')).crisisCommand(opts, io)),
} as const;

const NAMES = Object.keys(COMMANDS) as (keyof typeof COMMANDS)[];

/** The program, writing to `io`; `done` receives a command's exit code. (Defining only the command
 * named saved 0.6 ms, under 0.01x: not done. See CONTRIBUTING.md.) */
export function program(io: Io, version: string, done: Done) {
  const root = new Command('talkcoach')
    .description(msg('cli.description'))
    .version(version, '-v, --version', msg('cli.version'))
    .helpOption('-h, --help', msg('cli.help'))
    .showSuggestionAfterError(true)
    .exitOverride()
    // Commander echoes arguments in its errors: made inert like any outside text.
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(inertLines(s)) })
    // Options before a command belong to `talkcoach` itself; after it, to the command.
    .enablePositionalOptions()
    .usage('[options] [command]')
    .argument('[command]')
    .option('--plain', msg('cli.opt.plain'))
    .option('--no-color', msg('cli.opt.noColor'))
    .addOption(regionOption())
    .addOption(scenariosOption())
    .addOption(maxBytesOption())
    .action(async (command, opts) => {
      // With options but no command, the coach starts, as with no arguments at all.
      if (command !== undefined) {
        const hint = closest(command, NAMES);
        root.error(msg(hint ? 'cli.unknownCommandHint' : 'cli.unknownCommand', { command, hint: hint ?? '' }), {
          code: 'commander.unknownCommand',
          exitCode: EXIT.usage,
        });
      }
      await (await import('./commands/coach.js')).coachCommand(opts, io);
    });
  for (const name of NAMES) root.addCommand(COMMANDS[name](io, done).copyInheritedSettings(root));
  return root;
}

/** Runs the command line; resolves to the exit code. Failures are told on `io.stderr`. */
export async function runCommandLine(
  args: readonly string[],
  io: Io,
  version: string,
  debug: boolean,
): Promise<number> {
  let code: number = EXIT.ok;
  try {
    // With no arguments at all there is no command to parse: the coach itself starts.
    if (args.length === 0) await (await import('./commands/coach.js')).coachCommand({}, io);
    else await program(io, version, (c) => (code = c)).parseAsync(args, { from: 'user' });
  } catch (e) {
    const failure = describeFailure(e, debug);
    try {
      for (const line of failure.lines) io.stderr.write(`${line}\n`);
    } catch {
      // Standard error is full or gone too: the exit code is all that is left to say it.
    }
    return failure.exitCode;
  }
  return code;
}
