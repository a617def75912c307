// README.md and --help say the same (issue 26): the program is the one source. For every command
// (names and options read from the program itself), its part of README's command reference names
// each of its options, names none it lacks, and each example its --help ends with is in README.
// Guards against an option or command added, renamed or removed on one side only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { examplesOf, helpOf, programCommands } from '../helpers/help-text.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The code block under "## Commands", cut into each command's part: a line `talkcoach NAME ...`
 * starts NAME's part ('' for bare `talkcoach` and for "Options every command takes"); indented lines
 * continue it; any other line (a group's heading) ends it. */
function reference(): Map<string, string> {
  const block = /^## Commands\n+```\n([\s\S]*?)\n```/m.exec(readme)?.[1];
  if (block === undefined) throw new Error('README.md has no code block under "## Commands"');
  const parts = new Map<string, string>();
  let current: string | null = null;
  for (const line of block.split('\n')) {
    const head = /^talkcoach(?: ([a-z]+))?(?=\s|$)/.exec(line);
    if (head) current = head[1] ?? '';
    else if (/^Options every command takes/.test(line)) current = '';
    else if (!/^\s/.test(line)) current = null;
    if (current !== null) parts.set(current, `${parts.get(current) ?? ''}${line}\n`);
  }
  return parts;
}

const flagsIn = (text: string): string[] => [...new Set(text.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? [])];
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

const commands = programCommands();
const globals = commands.find((c) => c.name === '')!.options;
const parts = reference();

describe('README’s command reference and --help', () => {
  it('README describes exactly the commands there are', () => {
    expect([...parts.keys()].sort()).toEqual(commands.map((c) => c.name).sort());
  });

  it.each(commands.map((c) => [c.name || 'talkcoach', c] as const))(
    '%s: every option of its --help is in README, and README names no other',
    (_label, { name, options }) => {
      const part = parts.get(name) ?? '';
      const inReadme = flagsIn(part);
      for (const option of options) expect(inReadme, `README's part for "${name}" lacks ${option}`).toContain(option);
      for (const flag of inReadme)
        expect(
          [...options, ...globals, '--help'],
          `README's part for "${name}" names ${flag}, which it has not`,
        ).toContain(flag);
    },
  );

  it.each(commands.map((c) => c.name))('talkcoach %s: each example of its --help is in README', async (name) => {
    const lines = new Set(readme.split('\n').map(squeeze));
    const examples = examplesOf(await helpOf(name));
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(lines, `README lacks the example "${example}"`).toContain(squeeze(example));
  });
});
