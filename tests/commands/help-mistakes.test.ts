// Help that never surprises (issue 26): a mistaken command name is one line with the fix and exit 2,
// whether typed alone, with arguments, or after `help`.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

describe('a word that is not a command', () => {
  it.each<[string[], string]>([
    [['help', 'nosuch'], "talkcoach: unknown command 'nosuch'; see `talkcoach --help`"],
    [['help', 'rnu'], "talkcoach: unknown command 'rnu' (did you mean run?); see `talkcoach --help`"],
    [['rnu', 'partner'], "talkcoach: unknown command 'rnu' (did you mean run?); see `talkcoach --help`"],
    [['partner'], "talkcoach: 'partner' is a scenario, not a command: talkcoach run partner; see `talkcoach --help`"],
    [
      ['Friend', '--plain'],
      "talkcoach: 'Friend' is a scenario, not a command: talkcoach run friend; see `talkcoach --help`",
    ],
  ])('talkcoach %j: one line on stderr, nothing on stdout, exit 2', async (args, line) => {
    const r = await runInProcess(args);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${line}\n`]);
  });

  it('help <command> prints that command’s help on stdout, exit 0; help alone the top-level help', async () => {
    const run = await runInProcess(['help', 'run']);
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([0, 'Usage: talkcoach run [options] <scenario>']);
    const top = await runInProcess(['help']);
    expect([top.code, top.stdout.split('\n')[0]]).toEqual([0, 'Usage: talkcoach [options] [command]']);
  });
});
