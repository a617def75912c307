// The command line: options, commands and exit codes. The only file that touches process.
// Nothing is imported up front but the version (inlined by the bundler), so `--version` is answered
// at once; everything else, commander included, is imported when a command needs it.
import type { Command } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import type { Io } from './commands/context.js';

type Commander = typeof import('commander');
type Shell = typeof import('./shell.js');

// Set by main(): standard input and outputs, and the environment.
let io: Io;

function build({ Command, Option }: Commander, shell: Shell): Command {
  const { TalkcoachError, FORMATS } = shell;
  const positiveInt = (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
      throw new TalkcoachError('usage', `expected a whole number of bytes, not "${value}"`);
    return n;
  };
  // Repeatable rather than variadic, so that `--scenarios DIR run x` keeps `run x` as the command.
  const scenariosOption = () =>
    new Option(
      '--scenarios <dir>',
      'also use the scenarios in this folder; repeat for more (or set TALKCOACH_SCENARIOS)',
    ).argParser((dir: string, previous: string[] | undefined) => [...(previous ?? []), dir]);
  const maxBytesOption = () =>
    new Option('--max-bytes <n>', 'largest scenario file accepted, in bytes (default 1 MiB)').argParser(positiveInt);
  const program = new Command('talkcoach')
    .description(
      'A calm coach for talking with someone you love about getting help from a therapist.\nIn a crisis, run: talkcoach crisis',
    )
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
        const hint = shell.closest(
          command,
          program.commands.map((c) => c.name()),
        );
        program.error(`error: unknown command '${command}'${hint ? `\n(Did you mean ${hint}?)` : ''}`, {
          code: 'commander.unknownCommand',
          exitCode: 2,
        });
      }
      await pickAndRun(shell, opts);
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
    .action((scenario: string, opts) => run(shell, scenario, opts));

  program
    .command('list')
    .description('the scenarios available')
    .option('--json', 'as JSON')
    .addOption(scenariosOption())
    .addOption(maxBytesOption())
    .action((opts) => shell.listCommand(opts, io));

  program
    .command('validate')
    .description('check scenario, shared module and test files: every problem as file:line:col')
    .argument('<paths...>', 'files or folders (a folder: its .yaml files and those in its shared/ folder)')
    .addOption(
      new Option('--format <format>', 'text, or json for editors and CI').choices(['text', 'json']).default('text'),
    )
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
    .description(
      'run scripted play-throughs (*.test.yaml); with --walk, take every answer of a scenario and check every plan',
    )
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
    .action((opts) => shell.crisisCommand(opts, io));

  return program;
}

async function run({ runCommand, parseFormat }: Shell, scenario: string, opts: Record<string, unknown>): Promise<void> {
  await runCommand(
    scenario,
    { ...opts, input: opts.input !== false, color: opts.color !== false, format: parseFormat(String(opts.format)) },
    io,
  );
}

// `talkcoach run <scenario>` with simple options, as scripts call it, is read here without commander,
// whose loading and set-up take a tenth of a piped run. Anything else (help, --scenarios,
// --opt=value, an unknown, repeated or odd value) goes to commander, which explains mistakes.
// tests/e2e/cli-args.test.ts checks that both read a command alike.
const RUN_VALUES: Readonly<Record<string, string>> = {
  '--answers': 'answers',
  '--format': 'format',
  '-o': 'output',
  '--output': 'output',
  '--region': 'region',
  '--max-bytes': 'maxBytes',
};
const RUN_FLAGS: Readonly<Record<string, [string, boolean]>> = {
  '--no-input': ['input', false],
  '--plain': ['plain', true],
  '--no-color': ['color', false],
};

function simpleRun(
  args: readonly string[],
  formats: readonly string[],
): { scenario: string; opts: Record<string, unknown> } | undefined {
  if (args[0] !== 'run') return undefined;
  const opts: Record<string, unknown> = { input: true, color: true, format: 'text' };
  const given = new Set<string>();
  let scenario: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    const key = Object.hasOwn(RUN_VALUES, arg)
      ? RUN_VALUES[arg]!
      : Object.hasOwn(RUN_FLAGS, arg)
        ? RUN_FLAGS[arg]![0]
        : undefined;
    if (key === undefined) {
      if (arg.startsWith('-') || scenario !== undefined) return undefined;
      scenario = arg;
      continue;
    }
    if (given.has(key)) return undefined;
    given.add(key);
    if (Object.hasOwn(RUN_FLAGS, arg)) {
      opts[key] = RUN_FLAGS[arg]![1];
      continue;
    }
    const value = args[++i];
    if (value === undefined || value.startsWith('-')) return undefined;
    opts[key] = value;
  }
  if (scenario === undefined || ![...formats, 'md'].includes(String(opts.format))) return undefined;
  if (opts.maxBytes !== undefined) {
    const n = Number(opts.maxBytes);
    if (!Number.isInteger(n) || n <= 0) return undefined;
    opts.maxBytes = n;
  }
  return { scenario, opts };
}

/** `talkcoach` alone: pick a scenario and run it, on a terminal. */
async function pickAndRun(
  shell: Shell,
  opts: { plain?: boolean; color?: boolean; region?: string; scenarios?: string[]; maxBytes?: number } = {},
): Promise<void> {
  const { TalkcoachError, onTerminal, regionFor, crisisFor } = shell;
  if (!onTerminal(io)) {
    throw new TalkcoachError(
      'usage',
      'not on a terminal, so there is no one to ask: name a scenario, as in talkcoach run partner < answers.txt',
      ['talkcoach list shows the scenarios; talkcoach --help shows everything'],
    );
  }
  const { runInteractive } = await import('./frontends/interactive.js');
  const [{ loadCatalogue }, { crisisSteps }] = await Promise.all([
    import('./commands/open.js'),
    import('./scenario/crisis-steps.js'),
  ]);
  await runInteractive(undefined, { crisis: crisisFor(regionFor(opts, io)) }, io, opts, {
    catalogue: () => loadCatalogue(opts, io),
    crisisSteps,
  });
}

function fail({ describeFailure }: Shell, e: unknown): void {
  const { exitCode, lines } = describeFailure(e, Boolean(io.env.TALKCOACH_DEBUG));
  for (const line of lines) io.stderr.write(`${line}\n`);
  process.exitCode = exitCode;
}

/** A signal ends the run: remove any half-written file, give the terminal back, say one line. */
function onSignals({ SIGNAL_EXIT_CODES, INTERRUPTED_LINE, removeAllPending, restoreTerminal }: Shell): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      removeAllPending();
      restoreTerminal();
      process.exitCode = code;
      // Exit once the line is out; a closed terminal (SIGHUP) may never confirm it.
      setTimeout(() => process.exit(code), 200);
      process.stderr.write(`\n${INTERRUPTED_LINE}\n`, () => process.exit(code));
    });
  }
}

async function main(args: readonly string[]): Promise<void> {
  const shell = await import('./shell.js');
  // A reader that stops early (head -1) is not an error: output stops, quietly (see src/io/std.ts).
  io = shell.standardIo(process.env);
  onSignals(shell);
  try {
    // With no arguments at all there is no command to parse: the coach itself starts.
    if (args.length === 0) return await pickAndRun(shell);
    const simple = simpleRun(args, shell.FORMATS);
    if (simple) return await run(shell, simple.scenario, simple.opts);
    await build(await import('commander'), shell).parseAsync(args, { from: 'user' });
  } catch (e) {
    fail(shell, e);
  }
}

const args = process.argv.slice(2);
// The version alone is answered before anything else is loaded: it is what scripts check first.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) version();
else void main(args);

function version(): void {
  const text = `${pkg.version}\n`;
  // Written straight to the descriptor where Node allows it without importing fs (see src/io/fs.ts).
  const fs = process.getBuiltinModule?.('node:fs');
  if (!fs) return void process.stdout.write(text);
  try {
    fs.writeSync(1, text);
  } catch {
    // Nowhere to write it (a closed pipe): nothing else to do.
  }
}
