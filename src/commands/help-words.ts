// The command line in the chosen language: the --lang option, the language loaded before anything
// is said, and commander's own words from the catalogue: its help headings (through the
// documented configureHelp hooks) and its parsing errors (chosen by commander's error code, with
// the names and numbers taken from the command, never by reading commander's English).
import { Option, type CommandUnknownOpts, type ErrorOptions, type Help } from '@commander-js/extra-typings';
import type { Output } from '../io/types.js';
import { msg, useLanguage, type MessageId } from '../messages/index.js';
import { LANGUAGE_CODES } from '../messages/languages.js';
import { closest } from '../scenario/suggest.js';
import type { LanguageChoice } from './language.js';
import { echoed } from './parser.js';
import { reasonIn } from './refusal.js';

export const langOption = () => new Option('--lang <code>', msg('lang.opt', { codes: LANGUAGE_CODES.join(', ') }));

/** Loads the chosen language; a language asked for and not had is said in one line, in English: a
 * note, so --quiet (read here: the line comes before commander has parsed it) silences it. */
export async function speak(choice: LanguageChoice, stderr: Output, args: readonly string[]): Promise<void> {
  await useLanguage(choice.code);
  const end = args.indexOf('--');
  if (!choice.missing || (end < 0 ? args : args.slice(0, end)).includes('--quiet')) return;
  const { given, from } = choice.missing;
  stderr.write(`${msg('lang.missing', { given: echoed(given), from, known: LANGUAGE_CODES.join(', ') })}\n`);
}

/** commander's headings, as its styleTitle hook is documented to receive them ('Usage:', 'Options:'...);
 * a heading of our own (a help group) is already in the catalogue's words. */
const HEADINGS: Readonly<Record<string, MessageId>> = {
  'Usage:': 'commander.heading.usage',
  'Arguments:': 'commander.heading.arguments',
  'Options:': 'commander.heading.options',
  'Global Options:': 'commander.heading.globalOptions',
  'Commands:': 'commander.heading.commands',
};

type Described = { description: string; defaultValue?: unknown; required?: boolean; optional?: boolean };
const withDefault = (o: Described): string => {
  const shown = o.defaultValue !== undefined && o.required !== false && o.optional !== false;
  return shown
    ? `${o.description} ${msg('commander.default', { value: JSON.stringify(o.defaultValue) })}`
    : o.description;
};

/** The help settings that put commander's words in the chosen language. */
export const helpWords = (): Partial<Help> => ({
  styleTitle: (title: string) => {
    const id = HEADINGS[title];
    return id ? msg(id) : title;
  },
  optionDescription: (o) => withDefault({ ...o, description: o.description ?? '' }),
  argumentDescription: (a) => withDefault({ description: a.description, defaultValue: a.defaultValue, required: true }),
});

/** The long options a command takes, its parents' shared ones too (for "did you mean"). */
const longOptions = (cmd: CommandUnknownOpts | null): string[] =>
  cmd ? [...cmd.options.flatMap((o) => (o.long && !o.hidden ? [o.long] : [])), ...longOptions(cmd.parent)] : [];

/** The names commander quotes in its message ('--formt', '<format>'): data, not words. */
const quoted = (message: string): string[] => [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);

/** commander's error, in the chosen language; an error of our own (no such code) is left as it is. */
function worded(cmd: CommandUnknownOpts, message: string, code: string | undefined): string {
  const [first = '', second = ''] = quoted(message);
  switch (code) {
    case 'commander.unknownOption': {
      const hint = first.startsWith('--') ? closest(first, longOptions(cmd)) : undefined;
      return msg(hint ? 'commander.unknownOptionHint' : 'commander.unknownOption', { flag: first, hint: hint ?? '' });
    }
    case 'commander.missingArgument':
      return msg('commander.missingArgument', { name: first });
    case 'commander.optionMissingArgument':
      return msg('commander.optionMissingArgument', { flags: first });
    case 'commander.excessArguments': {
      const got = Number(/(\d+)\D*$/.exec(message)?.[1] ?? 0);
      return msg('commander.excessArguments', { command: cmd.name(), count: cmd.registeredArguments.length, got });
    }
    case 'commander.invalidArgument': {
      const why = reasonIn(message);
      return cmd.options.some((o) => o.flags === first)
        ? msg('commander.invalidOption', { flags: first, value: second, why })
        : msg('commander.invalidArgument', { value: first, name: second, why });
    }
    default:
      return message;
  }
}

/** Every parsing error `cmd` raises is worded from the catalogue before commander prints it. */
export function speakingErrors<C extends CommandUnknownOpts>(cmd: C): C {
  const original = cmd.error.bind(cmd);
  cmd.error = (message: string, options?: ErrorOptions): never =>
    original(worded(cmd, message, options?.code), options);
  return cmd;
}
