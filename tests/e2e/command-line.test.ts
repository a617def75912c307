// The command line as people expect it: options anywhere, help as git and npm have it, one voice
// for errors, --json everywhere.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, cli, looksLikeStackTrace } from '../helpers/cli.js';

const ANSWERS = 'no\nAlex\nno\ncost,time\nmood\nsteady\nno\nopen\n';
const region = (stdout: string): unknown => (JSON.parse(stdout) as { crisis: { region: unknown } }).crisis.region;

describe('an option means the same wherever it stands', () => {
  it.each([
    ['before the command', ['--region', 'GB', 'crisis']],
    ['after the command', ['crisis', '--region', 'GB']],
  ])('--region %s', (_where, args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Samaritans');
    expect(r.stdout).not.toContain('do not know which country');
  });

  it.each([
    ['before the command', ['--region', 'US', 'run', 'partner', '--json']],
    ['after the command', ['run', 'partner', '--json', '--region', 'US']],
  ])('--region %s wins over the locale', (_where, args) => {
    const r = cli(args, { input: ANSWERS, env: { LANG: 'en_GB.UTF-8' } });
    expect(r.code).toBe(0);
    expect(region(r.stdout)).toBe('US');
  });

  it.each([
    ['before the command', ['--scenarios', 'tests/fixtures', 'list']],
    ['after the command', ['list', '--scenarios', 'tests/fixtures']],
  ])('--scenarios %s', (_where, args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^example /m);
  });

  it('--plain and --no-color before run reach run', () => {
    const r = cli(['--plain', '--no-color', 'run', 'partner'], { input: ANSWERS });
    expect(r.code).toBe(0);
  });
});

describe('help as git, gh and npm have it', () => {
  it('talkcoach help is talkcoach --help', () => {
    const a = cli(['help']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(cli(['--help']).stdout);
    expect(a.stdout).toMatch(/help \[command\]/);
  });

  it.each(['run', 'list', 'crisis', 'validate', 'graph', 'test'])('talkcoach help %s ends with examples', (name) => {
    const r = cli(['help', name]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(cli([name, '--help']).stdout);
    const examples = r.stdout.split('Examples:\n')[1] ?? '';
    expect(examples.trim().split('\n').length).toBeGreaterThanOrEqual(2);
    expect(examples).toMatch(new RegExp(`^  talkcoach ${name}|TALKCOACH_\\w+=\\w+ talkcoach ${name}`, 'm'));
  });

  it('help lists the shared options as global options', () => {
    expect(cli(['help', 'crisis']).stdout).toMatch(/Global Options:[\s\S]*--region/);
  });
});

describe('errors in one voice', () => {
  it.each([
    ['an unknown option', ['run', 'partner', '--formt', 'json'], 'run'],
    ['a bad format', ['run', 'partner', '--format', 'pdf'], 'run'],
    ['a missing argument', ['run'], 'run'],
    ['too many arguments', ['crisis', 'now'], 'crisis'],
    ['an unknown command', ['rnu'], ''],
    ['a bad byte count (a shared option)', ['list', '--max-bytes', 'lots'], ''],
  ])('%s starts with talkcoach: and ends with the help to read', (_name, args, command) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const help = command ? `talkcoach ${command} --help` : 'talkcoach --help';
    expect(r.stderr).toMatch(new RegExp(`^talkcoach: [^\\n]+; see \`${help}\`\\n$`));
    expect(r.stderr).not.toMatch(/error:/);
    expect(looksLikeStackTrace(r.stderr)).toBe(false);
  });
});

describe('--json is --format json, in any case', () => {
  it.each([
    ['run --json', ['run', 'partner', '--json'], ANSWERS],
    ['run --format JSON', ['run', 'partner', '--format', 'JSON'], ANSWERS],
    ['list --json', ['list', '--json'], ''],
    ['list --format Json', ['list', '--format', 'Json'], ''],
    ['crisis --json', ['crisis', '--json'], ''],
    ['crisis --format json', ['crisis', '--format', 'json'], ''],
    ['validate --json', ['validate', 'tests/fixtures/example.yaml', '--json'], ''],
  ])('%s prints JSON', (_name, args, input) => {
    const r = cli(args, { input });
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});

describe('a piped run prints the plan as soon as the last answer is read', () => {
  it('with the pipe still open: the plan comes, and the run ends', async () => {
    const child = spawn(NODE, [BIN, 'run', 'partner', '--json'], { env: { ...process.env, LANG: 'C' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Answers, then two lines more in the same write, and the pipe left open.
    child.stdin.write(`${ANSWERS}extra\nmore\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { version: number }).version).toBe(3);
    expect(stderr).toMatch(/2 more lines were ignored/);
  }, 15_000);

  it('yes 1 | talkcoach run partner --json: an endless input still gives the plan at once', () => {
    const r = cli(['run', 'partner', '--json'], { input: '1\n'.repeat(200_000) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('version', 3);
  });
});

describe('which region the crisis lines are for, and why', () => {
  it.each([
    ['--region', ['crisis', '--region', 'gb'], {}, /Crisis lines for GB \(from --region\)/],
    ['TALKCOACH_REGION', ['crisis'], { TALKCOACH_REGION: 'AU' }, /Crisis lines for AU \(from TALKCOACH_REGION\)/],
    ['the locale', ['crisis'], { LANG: 'en_US.UTF-8' }, /Crisis lines for US \(from your locale en_US\.UTF-8\)/],
    ['--region over TALKCOACH_REGION', ['crisis', '--region', 'NZ'], { TALKCOACH_REGION: 'AU' }, /for NZ/],
    ['no region', ['crisis'], { LANG: 'C' }, /No crisis numbers shown: your locale C names no country[\s\S]*--region/],
  ])('from %s', (_name, args, env, line) => {
    const r = cli(args, { env });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\n /g, ' ')).toMatch(line);
  });

  it('an unknown region says how to set one', () => {
    const r = cli(['crisis', '--region', 'XX']);
    expect(r.stderr).toMatch(/no verified crisis numbers[\s\S]*known regions: .*GB/);
    expect(r.stdout.replace(/\n /g, ' ')).toMatch(/--region names no region[\s\S]*TALKCOACH_REGION=CODE/);
  });
});
