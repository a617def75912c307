// The command line's program: one typed parser (commander with @commander-js/extra-typings) whose
// actions load their command when it runs. Speed: a piped run of a built-in scenario so never loads
// the YAML parser (124 KB), the prompts or chalk. Every speed trick, with where it
// lives and what it was measured to bring, is listed in CONTRIBUTING.md ("Speed").
import { Command, Option } from '@commander-js/extra-typings';
import { describeFailure } from './edge.js';
import { EXIT } from './errors.js';
import type { Io } from './io/types.js';
import { inertLines, languageCode, msg } from './messages/index.js';
import { invitations } from './messages/languages.js';
import { FORMATS } from './render/formats.js';
import {
  examples,
  formatOf,
  formatOption,
  jsonOption,
  oneOf,
  maxBytesOption,
  regionOption,
  scenariosOption,
  voice,
} from './commands/parser.js';
import { groupOf, inHelpOrder } from './commands/help-layout.js';
import { closest } from './scenario/suggest.js';
import { chooseLanguage, type LanguageChoice } from './commands/language.js';
import { helpWords, langOption, speak, speakingErrors } from './commands/help-words.js';
import { silenceNotes } from './commands/note.js';
import { readConfig } from './io/config-file.js';

export { interruptedLine, SIGNAL_EXIT_CODES } from './edge.js';
export { removeAllPending } from './io/temp-files.js';
export { restoreTerminal, standardIo, writeError } from './io/std.js';
export { describeFailure } from './edge.js';

/** The language for a run (src/commands/language.ts), the kept one read from the settings file. */
export const chooseLanguageFor = (args: readonly string[], env: Io['env']): LanguageChoice =>
  chooseLanguage(args, env, () => readConfig(env).config.lang);

/** `talkcoach` and the options every command shares (src/commands/parser.ts says why). */
const rootCommand = () =>
  new Command('talkcoach')
    .option('--plain', msg('cli.opt.plain'))
    .option('--no-color', msg('cli.opt.noColor'))
    .option('--quiet', msg('cli.opt.quiet'))
    .addOption(regionOption())
    .addOption(langOption())
    .addOption(scenariosOption())
    .addOption(maxBytesOption());
type Globals = ReturnType<ReturnType<typeof rootCommand>['opts']>;
/** A command whose action reads the shared options too (optsWithGlobals). */
const command = (name: string) => new Command<[], Record<never, never>, Globals>(name);

type Done = (code: number) => void;

/** Each command: its options, and an action that imports the command's module only when it runs. */
const COMMANDS = {
  run: (io: Io) =>
    command('run')
      .description(msg('cli.run'))
      .argument('<scenario>', msg('cli.arg.scenario'))
      .option('--answers <file>', msg('cli.run.answers'))
      .option('--from <node>', msg('cli.run.fromOpt'))
      .option('--no-input', msg('cli.run.noInput'))
      // No default: without --format, -o plan.json is JSON (the extension), else text.
      .addOption(new Option('--format <format>', msg('cli.run.format')).argParser(oneOf([...FORMATS, 'md'])))
      .addOption(jsonOption())
      .option('-o, --output <file>', msg('cli.run.output'))
      .option('--force', msg('help.opt.force'))
      .option('--full', msg('cli.run.full'))
      .option('--with-answers', msg('cli.run.withAnswers'))
      .action(async (scenario, _, cmd) => {
        const { runCommand, parseFormat } = await import('./commands/run.js');
        const o = cmd.optsWithGlobals();
        await runCommand(scenario, { ...o, format: parseFormat(formatOf(o)) }, io);
      }),
  list: (io: Io) =>
    command('list')
      .description(msg('cli.list'))
      .addOption(formatOption(['text', 'json'], 'text', 'help.opt.textOrJson'))
      .addOption(jsonOption())
      .action(async (_, cmd) => {
        const o = cmd.optsWithGlobals();
        await (await import('./commands/list.js')).listCommand({ ...o, json: formatOf(o) === 'json' }, io);
      }),
  validate: (io: Io, done: Done) =>
    command('validate')
      .description(msg('cli.validate'))
      .argument('<paths...>', msg('cli.validate.paths'))
      .addOption(formatOption(['text', 'json'], 'text', 'cli.validate.format'))
      .addOption(jsonOption())
      .option('--strict', msg('cli.opt.strict'))
      .option('--watch', msg('cli.test.watchOpt'))
      .action(async (paths, _, cmd) => {
        const o = cmd.optsWithGlobals();
        const opts = { ...o, format: formatOf(o) };
        const { validateCommand } = await import('./commands/validate.js');
        if (o.watch)
          await (await import('./commands/watch.js')).watchRuns(paths, () => validateCommand(paths, opts, io), io);
        done(validateCommand(paths, opts, io));
      }),
  graph: (io: Io, done: Done) =>
    command('graph')
      .description(msg('cli.graph'))
      .argument('<scenario>', msg('cli.arg.scenario'))
      .addOption(formatOption(['mermaid', 'dot'], 'mermaid', 'cli.graph.format'))
      .action(async (scenario, _, cmd) =>
        done((await import('./commands/graph.js')).graphCommand(scenario, cmd.optsWithGlobals(), io)),
      ),
  test: (io: Io, done: Done) =>
    command('test')
      .description(msg('cli.test'))
      .argument('<paths...>', msg('cli.test.paths'))
      .option('--walk', msg('cli.test.walk'))
      .option('--strict', msg('cli.test.strict'))
      .option('--coverage', msg('cli.test.coverage'))
      .option('--random <n>', msg('cli.test.random'))
      .option('--seed <s>', msg('cli.test.seed'))
      .option('--watch', msg('cli.test.watchOpt'))
      .action(async (paths, _, cmd) => {
        const opts = cmd.optsWithGlobals();
        const { testCommand } = await import('./commands/test.js');
        if (opts.watch)
          await (await import('./commands/watch.js')).watchRuns(paths, () => testCommand(paths, opts, io), io);
        done(await testCommand(paths, opts, io));
      }),
  describe: (io: Io, done: Done) =>
    command('describe')
      .description(msg('cli.describe'))
      .argument('<name>', msg('cli.describe.name'))
      .addOption(formatOption(['text', 'json'], 'text', 'help.opt.textOrJson'))
      .addOption(jsonOption())
      .action(async (name, _, cmd) => {
        const o = cmd.optsWithGlobals();
        done(
          (await import('./commands/describe.js')).describeCommand(name, { ...o, json: formatOf(o) === 'json' }, io),
        );
      }),
  practice: (io: Io) =>
    command('practice')
      .description(msg('practice.cli'))
      .argument('[scenario]', msg('practice.cli.arg'))
      .option('--check', msg('practice.cli.check'))
      .option('--reasons <ids>', msg('practice.cli.reasons'))
      .option('--name <name>', msg('practice.cli.name'))
      .option('--seed <n>', msg('practice.cli.seed'))
      .addOption(formatOption(['text', 'json'], 'text', 'practice.cli.format'))
      .addOption(jsonOption())
      .option('--no-input', msg('cli.run.noInput'))
      .action(async (scenario, _, cmd) => {
        const given = cmd.optsWithGlobals();
        const o = { ...given, format: formatOf(given) };
        // Speed: --check has a module of its own, without the practice session and the scenarios
        // (see CONTRIBUTING.md, "Speed").
        if (o.check) await (await import('./commands/practice-check.js')).practiceCheckCommand(o, io);
        else await (await import('./commands/practice.js')).practiceCommand(scenario, o, io);
      }),
  checkin: (io: Io) =>
    command('checkin')
      .description(msg('checkin.cmd'))
      .option('--answers <file>', msg('cli.run.answers'))
      .option('--no-input', msg('cli.run.noInput'))
      .addOption(new Option('--format <format>', msg('cli.run.format')).argParser(oneOf([...FORMATS, 'md'])))
      .addOption(jsonOption())
      .option('-o, --output <file>', msg('cli.run.output'))
      .option('--force', msg('checkin.opt.force'))
      .option('--today <date>', msg('checkin.opt.today'))
      .option('--date <date>', msg('checkin.opt.date'))
      .option('--calendar <file>', msg('checkin.opt.calendar'))
      .option('--details', msg('checkin.opt.details'))
      .option('--keep', msg('checkin.opt.keep'))
      .action(async (_, cmd) => {
        const [{ checkinCommand }, { parseFormat }] = await Promise.all([
          import('./commands/checkin.js'),
          import('./commands/run.js'),
        ]);
        const o = cmd.optsWithGlobals();
        await checkinCommand({ ...o, format: parseFormat(formatOf(o)) ?? 'text' }, io);
      }),
  history: (io: Io) =>
    command('history')
      .description(msg('history.cmd'))
      .addOption(formatOption(['text', 'json'], 'text', 'help.opt.textOrJson'))
      .addOption(jsonOption())
      .action(async (_, cmd) => {
        const o = cmd.optsWithGlobals();
        await (await import('./commands/history.js')).historyCommand({ json: formatOf(o) === 'json' }, io);
      }),
  forget: (io: Io) =>
    command('forget')
      .description(msg('forget.cmd'))
      .option('--yes', msg('forget.opt.yes'))
      .action(async (opts) => (await import('./commands/history.js')).forgetCommand(opts, io)),
  completion: (io: Io) =>
    command('completion')
      .description(msg('completion.cmd'))
      .argument('<shell>', msg('completion.arg'))
      .action(async (shell, _, cmd) => {
        const root = cmd.parent!;
        const longs = (c: { options: readonly { long?: string }[] }) =>
          c.options.flatMap((o) => (o.long ? [o.long] : []));
        const commands = root.commands.map((c) => ({
          name: c.name(),
          options: longs(c),
          scenario: c.registeredArguments[0]?.name() === 'scenario',
        }));
        (await import('./commands/completion.js')).completionCommand(shell, commands, longs(root), io);
      }),
  help: () =>
    command('help')
      .description(msg('help.command'))
      .argument('[command]', msg('help.arg'))
      .action(async (name, _, cmd) => {
        const root = cmd.parent!;
        if (name === undefined) return void root.outputHelp();
        const target = root.commands.find((c) => c.name() === name.toLowerCase() && c.name() !== 'help');
        if (target) return void target.outputHelp();
        cmd.error(await unknownCommand(name), { code: 'commander.unknownCommand', exitCode: EXIT.usage });
      }),
  config: (io: Io) =>
    command('config')
      .description(msg('config.cmd'))
      .argument('<action>', msg('config.arg.action'))
      .argument('[words...]', msg('config.arg.key'))
      .action(async (action, words) => (await import('./commands/config.js')).configCommand(action, words, io)),
  crisis: (io: Io) =>
    command('crisis')
      .description(msg('cli.crisis'))
      .addOption(formatOption(['text', 'json'], 'text', 'help.opt.textOrJson'))
      .addOption(jsonOption())
      .action(async (_, cmd) => {
        const o = cmd.optsWithGlobals();
        await (await import('./commands/crisis.js')).crisisCommand({ ...o, json: formatOf(o) === 'json' }, io);
      }),
  questions: (io: Io) =>
    command('questions')
      .description(msg('help.questions'))
      .argument('<scenario>', msg('cli.arg.scenario'))
      .addOption(formatOption(['text', 'json'], 'text', 'help.opt.textOrJson'))
      .addOption(jsonOption())
      .action(async (scenario, _, cmd) => {
        const o = cmd.optsWithGlobals();
        const { questionsCommand } = await import('./commands/questions.js');
        await questionsCommand(scenario, { ...o, json: formatOf(o) === 'json' }, io);
      }),
} as const;

const NAMES = Object.keys(COMMANDS) as (keyof typeof COMMANDS)[];

/** What to say of a word that is no command: a scenario's id names `run`; else the nearest command. */
async function unknownCommand(command: string): Promise<string> {
  const { catalogue } = await import('./scenario/catalogue.js');
  const lower = command.toLowerCase();
  if (catalogue([]).some((e) => e.id === lower)) return msg('cli.scenarioNotCommand', { command, id: lower });
  const hint = closest(command, [...NAMES, 'help']);
  return msg(hint ? 'cli.unknownCommandHint' : 'cli.unknownCommand', { command, hint: hint ?? '' });
}

/** The program, writing to `io`; `done` receives a command's exit code. (Defining only the command
 * named saved 0.6 ms, under 0.01x: not done. See CONTRIBUTING.md.) */
export function program(io: Io, version: string, done: Done) {
  const output = (path: string) => ({
    writeOut: (s: string) => io.stdout.write(s),
    // Commander echoes arguments in its errors: made inert like any outside text.
    writeErr: (s: string) => io.stderr.write(inertLines(s)),
    outputError: (s: string, write: (s: string) => void) => write(voice(s, path)),
  });
  const root = rootCommand()
    .description([msg('cli.description'), ...invitations(languageCode())].join('\n'))
    .version(version, '-v, --version', msg('cli.version'))
    .helpOption('-h, --help', msg('cli.help'))
    // Our own help command (COMMANDS.help): commander's prints the whole help, to stderr, for a name it does not know.
    .helpCommand(false)
    .configureHelp({ showGlobalOptions: true, ...helpWords() })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output('talkcoach'))
    .usage('[options] [command]')
    // For the coach and `run` (read anywhere on the line, as the shared options are): what a saved plan keeps.
    .addOption(new Option('--with-safety-details', msg('cli.run.withSafetyDetails')))
    .argument('[command]')
    // Words after a command that is not one: taken here so the error is about the command, not their count.
    .argument('[words...]')
    .addHelpText('after', examples('help.ex.root'))
    // --quiet holds for the whole run, before any command writes a note.
    .hook('preAction', (_, action) => {
      if ((action.optsWithGlobals() as { quiet?: boolean }).quiet) silenceNotes(io);
    })
    .action(async (command, _words, opts) => {
      // With options but no command, the coach starts, as with no arguments at all.
      if (command !== undefined)
        root.error(await unknownCommand(command), { code: 'commander.unknownCommand', exitCode: EXIT.usage });
      await (await import('./commands/coach.js')).coachCommand(opts, io);
    });
  speakingErrors(root);
  // Listed in groups, in the order of src/commands/help-layout.ts.
  for (const name of inHelpOrder(NAMES))
    root.addCommand(
      speakingErrors(COMMANDS[name](io, done))
        // Every command's help ends with its examples (an id per command: tsc says which is missing).
        .addHelpText('after', examples(`help.ex.${name}`))
        .helpGroup(msg(groupOf(name)?.heading ?? 'help.group.you'))
        .copyInheritedSettings(root)
        // A mistake in `help <name>` is pointed to the top-level help, where the commands are listed.
        .configureOutput(output(name === 'help' ? 'talkcoach' : `talkcoach ${name}`)),
    );
  return root;
}

/** Runs the command line; resolves to the exit code. Failures are told on `io.stderr`. */
export async function runCommandLine(
  args: readonly string[],
  io: Io,
  version: string,
  debug: boolean,
  // Chosen by src/cli.ts; a test's in-process run chooses it from the args and env it gives.
  language: LanguageChoice = chooseLanguageFor(args, io.env),
): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await speak(language, io.stderr, args);
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
