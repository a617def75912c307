// How the command line reads options, apart from which commands exist (src/boot.ts): options that
// take a value from a list (any case), --json as a second spelling of --format json, the options
// every command shares, the examples each --help ends with, and the voice of parsing errors.
import { Option } from '@commander-js/extra-typings';
import { TalkcoachError } from '../errors.js';
import { msg, type MessageId } from '../messages/index.js';
import { refuse } from './refusal.js';

/** The most of a value given on the command line that a message repeats back: a region code or a
 * reason id is a word, and a 100,000-character argument must not fill the screen. */
const ECHO_MAX = 40;

/** A given value as a message repeats it: cut to ECHO_MAX characters, with "…" when cut. */
export function echoed(value: string): string {
  const chars = [...value];
  return chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : value;
}

/** A value from a fixed list, in any case: `--format JSON` is json. */
export const oneOf =
  <T extends string>(choices: readonly T[]) =>
  (value: string): T => {
    const found = choices.find((c) => c === value.toLowerCase());
    if (found === undefined) throw refuse(msg('help.badChoice', { choices: choices.join(', ') }));
    return found;
  };

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw refuse(msg('cli.notABytesCount'));
  return n;
};

/** --format with its choices and default, and --json, which means --format json. */
export const formatOption = <T extends string>(choices: readonly T[], fallback: T, description: MessageId) =>
  new Option('--format <format>', msg(description)).argParser(oneOf(choices)).default(fallback);
export const jsonOption = () => new Option('--json', msg('help.opt.json'));
export function formatOf<T extends string>(o: { format: T; json?: true }): T | 'json';
export function formatOf<T extends string>(o: { format?: T; json?: true }): T | 'json' | undefined;
export function formatOf<T extends string>(o: { format?: T; json?: true }): T | 'json' | undefined {
  return o.json ? 'json' : o.format;
}

// The options every command shares, defined once on `talkcoach` and read anywhere on the line
// (each command reads them with optsWithGlobals), so `talkcoach --region GB crisis` and
// `talkcoach crisis --region GB` mean the same.
// Repeatable rather than variadic, so that `--scenarios DIR run x` keeps `run x` as the command.
export const scenariosOption = () =>
  new Option('--scenarios <dir>', msg('cli.opt.scenarios')).argParser((dir, previous: string[] | undefined) => [
    ...(previous ?? []),
    dir,
  ]);
export const maxBytesOption = () => new Option('--max-bytes <n>', msg('cli.opt.maxBytes')).argParser(positiveInt);
export const regionOption = () => new Option('--region <code>', msg('cli.opt.region'));

/** The examples a command's --help ends with, indented as commander indents its lists. */
export const examples = (id: MessageId): string =>
  `\n${msg('help.examples')}\n${msg(id)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}`;

/** A parsing error (worded by src/commands/help-words.ts) in the voice of every other error:
 * `talkcoach: ...; see `talkcoach run --help``. */
export const voice = (message: string, commandPath: string): string =>
  `talkcoach: ${message.trim()}; ${msg('help.seeHelp', { command: commandPath })}\n`;

/** The largest seed (seeds are 32-bit), for test --random and practice. */
export const MAX_SEED = 2 ** 32 - 1;

/** A whole number written in digits, from `min` to `max`: "" is not 0, and 1e3 or 99999999999999999999
 * (which Number() reads as 1e20) are refused with the limit named. */
export function wholeNumber(value: string | undefined, what: string, min: number, max: number): number {
  const n = /^\d+$/.test(value ?? '') ? Number(value) : NaN;
  if (!(n >= min && n <= max))
    throw new TalkcoachError(
      'usage',
      msg('cli.test.badNumber', {
        what,
        value: echoed(String(value)),
        min: min.toLocaleString('en-US'),
        max: max.toLocaleString('en-US'),
      }),
    );
  return n;
}
