// The help as the README promises it: the top-level --help in two groups (what a worried person
// runs, then what people who write scenarios or scripts run), and every command's --help ending
// with examples of that command. Names come from the program, so a new command cannot slip by.
import { describe, expect, it } from 'vitest';
import { COMMAND_GROUPS } from '../../src/commands/help-layout.js';
import { msg } from '../../src/messages/index.js';
import { examplesOf, helpOf, programCommands } from '../helpers/help-text.js';

const names = programCommands()
  .map((c) => c.name)
  .filter((n) => n !== '');

describe('the top-level help, grouped', () => {
  it('every command is in exactly one group, and the groups name no command that is gone', () => {
    const grouped = COMMAND_GROUPS.flatMap((g) => g.commands);
    expect([...grouped].sort()).toEqual([...names].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('lists each command under its group heading, the coach’s first', async () => {
    const help = await helpOf('');
    const [you, writers] = COMMAND_GROUPS.map((g) => help.indexOf(`\n${msg(g.heading)}\n`));
    expect(you).toBeGreaterThan(0);
    expect(writers).toBeGreaterThan(you!);
    // No leftover "Commands:" block mixing the two.
    expect(help).not.toMatch(/^Commands:$/m);
    for (const [i, group] of COMMAND_GROUPS.entries()) {
      const start = help.indexOf(`\n${msg(group.heading)}\n`);
      const next = COMMAND_GROUPS[i + 1];
      const end = next ? help.indexOf(`\n${msg(next.heading)}\n`) : help.indexOf('\nExamples:\n');
      const block = help.slice(start, end);
      for (const name of group.commands) expect(block, name).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
  });
});

describe('every --help ends with examples', () => {
  it.each(['', ...names])('talkcoach %s --help', async (name) => {
    const help = await helpOf(name);
    const examples = examplesOf(help);
    expect(examples.length, `${name || 'talkcoach'} --help has no examples`).toBeGreaterThanOrEqual(2);
    // Examples are the last thing: nothing but example lines after the heading.
    expect(help.trimEnd().endsWith(examples.at(-1)!.trimEnd())).toBe(true);
    // Each example uses the command it is the help of.
    for (const line of examples) expect(line).toContain(name ? `talkcoach ${name}` : 'talkcoach');
  });
});
