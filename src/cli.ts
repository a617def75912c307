// The command line: options, commands and exit codes. The only file that touches process.
import { Command, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import type { Io } from './commands/context.js';
import { describeFailure, INTERRUPTED_LINE, SIGNAL_EXIT_CODES } from './edge.js';
import { TalkcoachError } from './errors.js';
import { removeAllPending } from './io/temp-files.js';
import { FORMATS } from './render/index.js';

const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new TalkcoachError('usage', `expected a whole number of bytes, not "${value}"`);
  return n;
}

// Repeatable rather than variadic, so that `--scenarios DIR run x` keeps `run x` as the command.
const scenariosOption = () =>
  new Option('--scenarios <dir>', 'also use the scenarios in this folder; repeat for more (or set TALKCOACH_SCENARIOS)').argParser((dir: string, previous: string[] | undefined) => [...(previous ?? []), dir]);
const maxBytesOption = () => new Option('--max-bytes <n>', 'largest scenario file accepted, in bytes (default 1 MiB)').argParser(positiveInt);

function build(): Command {
  const program = new Command('talkcoach')
    .description('A calm coach for talking with someone you love about getting help from a therapist.\nIn a crisis, run: talkcoach crisis')
    .version(pkg.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    // Options before a command belong to `talkcoach` itself; after it, to the command.
    .enablePositionalOptions()
    .usage('[options] [command]')
    .argument('[command]')
    .option('--plain', 'screen-reader friendly: no boxes, symbols or colour')
    .option('--no-color', 'no colour')
    .option('--region <code>', 'country for crisis lines, such as US, GB, AU (default: from your locale)')
    .addOption(scenariosOption())
    .addOption(maxBytesOption())
    .action(async (command: string | undefined, opts) => {
      // With options but no command, the coach starts, as with no arguments at all.
      if (command !== undefined) {
        const { closest } = await import('./scenario/suggest.js');
        const hint = closest(command, program.commands.map((c) => c.name()));
        program.error(`error: unknown command '${command}'${hint ? `\n(Did you mean ${hint}?)` : ''}`, { code: 'commander.unknownCommand', exitCode: 2 });
      }
      await pickAndRun(opts);
    });

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
    .description('check scenario, shared module and test files: every problem as file:line:col')
    .argument('<paths...>', 'files or folders (a folder: its .yaml files and those in its shared/ folder)')
    .addOption(new Option('--format <format>', 'text, or json for editors and CI').choices(['text', 'json']).default('text'))
    .option('--strict', 'warnings fail the check too')
    .addOption(scenariosOption())
    .addOption(maxBytesOption())
    .action(async (paths: string[], opts) => {
      process.exitCode = (await import('./commands/validate.js')).validateCommand(paths, opts, io);
    });

  program
    .command('graph')
    .description('draw a scenario: Mermaid (paste into Markdown on GitHub) or Graphviz DOT')
    .argument('<scenario>', 'a scenario id (see talkcoach list) or a file')
    .addOption(new Option('--format <format>', 'mermaid or dot').choices(['mermaid', 'dot']).default('mermaid'))
    .addOption(scenariosOption())
    .addOption(maxBytesOption())
    .action(async (scenario: string, opts) => {
      process.exitCode = (await import('./commands/graph.js')).graphCommand(scenario, opts, io);
    });

  program
    .command('test')
    .description('run scripted play-throughs (*.test.yaml); with --walk, take every answer of a scenario and check every plan')
    .argument('<paths...>', 'test files or folders; with --walk, scenario ids, files or folders')
    .option('--walk', 'walk scenarios instead: every answer of every reachable question, checking each plan')
    .option('--strict', 'warnings (such as talking points in no plan) fail the run too')
    .addOption(scenariosOption())
    .addOption(maxBytesOption())
    .action(async (paths: string[], opts) => {
      process.exitCode = (await import('./commands/test.js')).testCommand(paths, opts, io);
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
async function pickAndRun(opts: { plain?: boolean; color?: boolean; region?: string; scenarios?: string[]; maxBytes?: number } = {}): Promise<void> {
  if (!(io.stdin.isTTY && io.stdout.isTTY)) {
    throw new TalkcoachError('usage', 'not on a terminal, so there is no one to ask: name a scenario, as in talkcoach run partner < answers.txt', [
      'talkcoach list shows the scenarios; talkcoach --help shows everything',
    ]);
  }
  const { runInteractive } = await import('./frontends/interactive.js');
  const { regionFor } = await import('./commands/run.js');
  const { crisisFor } = await import('./safety/crisis.js');
  await runInteractive(undefined, { crisis: crisisFor(regionFor(opts, io)) }, io, opts);
}

function fail(e: unknown): void {
  const { exitCode, lines } = describeFailure(e, Boolean(io.env.TALKCOACH_DEBUG));
  for (const line of lines) io.stderr.write(`${line}\n`);
  process.exitCode = exitCode;
}

// A signal ends the run: remove any half-written file, give the terminal back, say one line.
for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
  process.once(signal, () => {
    removeAllPending();
    if (process.stdin.isTTY) process.stdin.setRawMode?.(false);
    if (process.stdout.isTTY) process.stdout.write('\u001B[?25h');
    process.exitCode = code;
    // Exit once the line is out; a closed terminal (SIGHUP) may never confirm it.
    setTimeout(() => process.exit(code), 200);
    process.stderr.write(`\n${INTERRUPTED_LINE}\n`, () => process.exit(code));
  });
}

// A reader that stops early (head -1) is not an error: stop writing, quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exitCode = 0;
});

// With no arguments at all there is no command to parse: the coach itself starts.
(process.argv.length <= 2 ? pickAndRun() : build().parseAsync(process.argv).then(() => undefined)).catch(fail);
