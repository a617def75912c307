// The command line as people expect it, run in process: options anywhere, help as git and npm have
// it, one voice for errors, --json everywhere.
import { describe, expect, it } from 'vitest';
import { looksLikeStackTrace, ROOT } from '../helpers/cli.js';
import { runInProcess, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const ANSWERS = 'no\nAlex\nno\ncost,time\nmood\nsteady\nno\nopen\n';
const region = (stdout: string): unknown => (JSON.parse(stdout) as { crisis: { region: unknown } }).crisis.region;

describe('an option means the same wherever it stands', () => {
  it.each([
    ['before the command', ['--region', 'GB', 'crisis']],
    ['after the command', ['crisis', '--region', 'GB']],
  ])('--region %s', async (_where, args) => {
    const r = await tc(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Samaritans');
    expect(r.stdout).not.toContain('do not know which country');
  });

  it.each([
    ['before the command', ['--region', 'US', 'run', 'partner', '--json']],
    ['after the command', ['run', 'partner', '--json', '--region', 'US']],
  ])('--region %s wins over the locale', async (_where, args) => {
    const r = await tc(args, { input: ANSWERS, env: { LANG: 'en_GB.UTF-8' } });
    expect(r.code).toBe(0);
    expect(region(r.stdout)).toBe('US');
  });

  it.each([
    ['before the command', ['--scenarios', 'tests/fixtures', 'list']],
    ['after the command', ['list', '--scenarios', 'tests/fixtures']],
  ])('--scenarios %s', async (_where, args) => {
    const r = await tc(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^example /m);
  });

  // Guards against an option placed before the command being dropped: run once ignored --plain, and
  // only the exit code was checked. The plain text has no bullets, straight quotes, headings as written.
  it.each([
    ['before the command', ['--plain', 'run', 'partner']],
    ['after the command', ['run', 'partner', '--plain']],
  ])('--plain %s reaches run: no bullets or curly quotes, headings as written', async (_where, args) => {
    const styled = await tc(['run', 'partner'], { input: ANSWERS });
    expect(styled.stdout).toMatch(/IN SHORT\n •/);
    const r = await tc(args, { input: ANSWERS });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('In short\n');
    expect(r.stdout).not.toMatch(/[•“”]/);
  });
});

describe('help as git, gh and npm have it', () => {
  it('talkcoach help is talkcoach --help', async () => {
    const a = await tc(['help']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe((await tc(['--help'])).stdout);
    expect(a.stdout).toMatch(/help \[command\]/);
  });

  it.each(['run', 'list', 'crisis', 'validate', 'graph', 'test'])(
    'talkcoach help %s ends with examples',
    async (name) => {
      const r = await tc(['help', name]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe((await tc([name, '--help'])).stdout);
      const examples = r.stdout.split('Examples:\n')[1] ?? '';
      expect(examples.trim().split('\n').length).toBeGreaterThanOrEqual(2);
      expect(examples).toMatch(new RegExp(`^  talkcoach ${name}|TALKCOACH_\\w+=\\w+ talkcoach ${name}`, 'm'));
    },
  );

  it('help lists the shared options as global options', async () => {
    expect((await tc(['help', 'crisis'])).stdout).toMatch(/Global Options:[\s\S]*--region/);
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
  ])('%s starts with talkcoach: and ends with the help to read', async (_name, args, command) => {
    const r = await tc(args);
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
  ])('%s prints JSON', async (_name, args, input) => {
    const r = await tc(args, { input });
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});

describe('a piped run stops reading once the plan is whole', () => {
  it('yes 1 | talkcoach run partner --json: 200,000 answer lines still give one plan', async () => {
    const r = await tc(['run', 'partner', '--json'], { input: '1\n'.repeat(200_000) });
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
  ])('from %s', async (_name, args, env, line) => {
    const r = await tc(args, { env });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\n /g, ' ')).toMatch(line);
  });

  it('an unknown region says how to set one', async () => {
    const r = await tc(['crisis', '--region', 'XX']);
    expect(r.stderr).toMatch(/no verified crisis numbers[\s\S]*known regions: .*GB/);
    expect(r.stdout.replace(/\n /g, ' ')).toMatch(/--region names no region[\s\S]*talkcoach config set region GB/);
  });
});
