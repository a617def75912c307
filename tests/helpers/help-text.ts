// Every command's --help as a person sees it, with the names and options taken from the program
// itself (src/boot.ts), so a command added tomorrow is checked without anyone listing it here.
import { program } from '../../src/boot.js';
import type { Io } from '../../src/io/types.js';
import { runInProcess } from './run-in-process.js';

const nowhere = { write: () => true };

/** The program's commands, each with its long options (--help left out: every command has it). */
export function programCommands(): { name: string; options: string[] }[] {
  const root = program({ stdout: nowhere, stderr: nowhere, env: {} } as unknown as Io, '0.0.0', () => {});
  const longs = (c: { options: readonly { long?: string }[] }) =>
    c.options.flatMap((o) => (o.long && o.long !== '--help' ? [o.long] : []));
  return [{ name: '', options: longs(root) }, ...root.commands.map((c) => ({ name: c.name(), options: longs(c) }))];
}

/** The lines under "Examples:" at the end of a help text, unindented; [] when there are none. */
export const examplesOf = (help: string): string[] => {
  const [, tail] = help.split('\nExamples:\n');
  return tail === undefined
    ? []
    : tail
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.replace(/^ {2}/, ''));
};

/** `talkcoach <name> --help` (the top-level help for ''), run in process. */
export const helpOf = async (name: string): Promise<string> =>
  (await runInProcess(name ? [name, '--help'] : ['--help'])).stdout;
