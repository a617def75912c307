// Mistakes on the command line (issues 23 and 26): a mistaken command name is one line with the fix and exit 2,
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

describe('practice --seed (issue 23: "--seed 0" said "Expected a whole number of bytes")', () => {
  it.each<[string, number, RegExp]>([
    ['0', 0, /^$/],
    ['4294967295', 0, /^$/],
    ['', 2, /--seed needs a whole number from 0 to 4,294,967,295, not ""/],
    ['1e3', 2, /--seed needs a whole number from 0 to 4,294,967,295, not "1e3"/],
    ['-1', 2, /--seed needs a whole number/],
  ])('--seed %j: exit %i', async (seed, code, stderr) => {
    const r = await runInProcess(['practice', '--seed', seed, '--json'], { input: '1\n1\n1\n1\n1\n1\n' });
    expect(r.code).toBe(code);
    expect(r.stderr.replace(/^talkcoach: the practice was finished.*\n/m, '')).toMatch(stderr);
    if (code === 0) expect(JSON.parse(r.stdout)).toHaveProperty('seed', Number(seed));
  });
});
