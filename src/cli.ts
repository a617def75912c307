// The command line: options, commands and exit codes. The only file that touches process.
// Nothing is imported up front but the version (inlined by the bundler), so `--version` is answered
// at once; everything else, commander included, is imported when a command needs it.
import type { Command } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import type { Io } from './commands/context.js';

type Commander = typeof import('commander');
type Errors = typeof import('./errors.js');

const io: Io = {
  // Reading process.stdin sets up a stream: only commands that read answers pay for it.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
};

function say(line: string): void {
  io.stderr.write(`talkcoach: ${line}\n`);
}

function build({ Command, Option }: Commander, { TalkcoachError }: Errors, FORMATS: readonly string[]): Command {
  const positiveInt = (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new TalkcoachError('usage', `expected a whole number of bytes, not "${value}"`);
    return n;
  };
  const scenariosOption = () => new Option('--scenarios <dir...>', 'also use the scenarios in these folders (or set TALKCOACH_SCENARIOS)');
  const maxBytesOption = () => new Option('--max-bytes <n>', 'largest scenario file accepted, in bytes (default 1 MiB)').argParser(positiveInt);
  const program = new Command('talkcoach')
    .description('A calm coach for talking with someone you love about getting help from a therapist.\nIn a crisis, run: talkcoach crisis')
    .version(pkg.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('run')
    .description('run one scenario: questions on a terminal, or answers one a line from a pipe')
    .argument('<scenario>', 'a scenario id (see talkcoach list) or a file')
    .option('--answers <file>', 'read answers from this file, one a line')
    .option('--no-input', 'never ask on the terminal; read answers from stdin')
    .addOption(new Option('--format <format>', 'how to print the plan').choices([...FORMATS, 'md']).default('text'))
    .option('-o, --output <file>', 'save the plan to this file (mode 0600) instead of printing it')
    .option('--region <code>', 'country for crisis lines, such as US, GB, AU (default: from your locale)')
    .option('--plain', 'screen-reader friendly: no boxes, symbols or colour')
    .option('--no-color', 'no colour')
    .addOption(scenariosOption())
    .addOption(maxBytesOption())
    .action(async (scenario: string, opts) => {
      const { runCommand, parseFormat } = await import('./commands/run.js');
      await runCommand(scenario, { ...opts, format: parseFormat(opts.format) }, io);
    });

  program
    .command('list')
    .description('the scenarios available')
    .option('--json', 'as JSON')
    .addOption(scenariosOption())
    .addOption(maxBytesOption())
    .action(async (opts) => (await import('./commands/list.js')).listCommand(opts, io));

  program
    .command('validate')
    .description('check scenario files: every problem as file:line:col')
    .argument('<paths...>', 'scenario files or folders')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(maxBytesOption())
    .action(async (paths: string[], opts) => {
      process.exitCode = (await import('./commands/validate.js')).validateCommand(paths, opts, io);
    });

  program
    .command('crisis')
    .description('crisis steps and lines, right now, with no questions')
    .option('--region <code>', 'country, such as US, GB, AU (default: from your locale)')
    .option('--json', 'as JSON')
    .action(async (opts) => (await import('./commands/crisis.js')).crisisCommand(opts, io));

  return program;
}

/** `talkcoach` alone: pick a scenario and run it, on a terminal. */
async function pickAndRun({ TalkcoachError }: Errors): Promise<void> {
  if (!(io.stdin.isTTY && io.stdout.isTTY)) {
    throw new TalkcoachError('usage', 'not on a terminal, so there is no one to ask: name a scenario, as in talkcoach run partner < answers.txt', [
      'talkcoach list shows the scenarios; talkcoach --help shows everything',
    ]);
  }
  const { runInteractive } = await import('./frontends/interactive.js');
  const { crisisFor, regionFromLocale } = await import('./safety/crisis.js');
  await runInteractive(undefined, { crisis: crisisFor(regionFromLocale(io.env)) }, io, {});
}

function report(e: unknown, { EXIT, TalkcoachError }: Errors, commander: Commander | undefined): number {
  if (commander && e instanceof commander.CommanderError) {
    // Commander has already printed its message (with "Did you mean ...?" where one is close).
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof TalkcoachError) {
    say(e.message);
    for (const line of e.details) io.stderr.write(`${line}\n`);
    return e.exitCode;
  }
  // Our own mistake: say so without echoing anything the user typed or the scenario said.
  say('something went wrong inside talkcoach (this is a bug, not something you did). Nothing was saved.');
  if (io.env.TALKCOACH_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  return EXIT.internal;
}

// A reader that stops early (head -1) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exitCode = 0;
});

async function main(args: readonly string[]): Promise<void> {
  const errors = await import('./errors.js');
  let commander: Commander | undefined;
  try {
    // With no arguments at all there is no command to parse: the coach itself starts.
    if (args.length === 0) return await pickAndRun(errors);
    const [loaded, { FORMATS }] = await Promise.all([import('commander'), import('./render/formats.js')]);
    commander = loaded;
    await build(commander, errors, FORMATS).parseAsync(args, { from: 'user' });
  } catch (e) {
    process.exitCode = report(e, errors, commander);
  }
}

const args = process.argv.slice(2);
// The version alone is answered before anything else is loaded: it is what scripts check first.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) io.stdout.write(`${pkg.version}\n`);
else void main(args);
