// `talkcoach config` (issue 26): a region kept once, in the XDG config folder at mode 0600, used
// after --region and TALKCOACH_REGION and before the locale; a bad file never stops the crisis lines.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFolder } from '../../src/io/config-file.js';
import { runInProcess as runIn } from '../helpers/run-in-process.js';

const home = () => mkdtempSync(join(tmpdir(), 'talkcoach-config-'));
const envOf = (dir: string) => ({ XDG_CONFIG_HOME: join(dir, 'cfg'), HOME: dir });

describe('talkcoach config', () => {
  it('set region GB keeps it at mode 0600 in a 0700 folder; get, list and unset read and forget it', async () => {
    const env = envOf(home());
    const set = await runIn(['config', 'set', 'region', 'gb'], { env });
    expect(set.code).toBe(0);
    const file = join(env.XDG_CONFIG_HOME, 'talkcoach', 'config.json');
    expect(set.stderr).toContain(`Kept region = GB in ${file}`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ region: 'GB' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(env.XDG_CONFIG_HOME, 'talkcoach')).mode & 0o777).toBe(0o700);
    expect((await runIn(['config', 'get', 'region'], { env })).stdout).toBe('GB\n');
    expect((await runIn(['config', 'list'], { env })).stdout).toBe('region=GB\n');
    expect((await runIn(['config', 'unset', 'region'], { env })).code).toBe(0);
    expect((await runIn(['config', 'get', 'region'], { env })).stdout).toBe('');
    expect((await runIn(['config', 'list'], { env })).stderr).toMatch(/^No settings are kept/);
  });

  it.each<[string, string[], RegExp]>([
    ['a region with no verified numbers', ['set', 'region', 'XX'], /"XX" is not a region we have verified/],
    ['a setting it does not keep', ['set', 'colour', 'blue'], /"colour" is not a setting talkcoach keeps/],
    ['set without a value', ['set', 'region'], /config set region needs a value/],
    ['an action it does not know', ['frob'], /"frob" is not something config does/],
    ['a word too many', ['get', 'region', 'extra'], /config get takes one word after it, not 2 words/],
  ])('refuses %s with a usage error (exit 2) and writes nothing', async (_n, args, message) => {
    const env = envOf(home());
    const r = await runIn(['config', ...args], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(() => statSync(join(env.XDG_CONFIG_HOME, 'talkcoach', 'config.json'))).toThrow();
  });
});

describe('the kept region, in its place among the others', () => {
  it.each<[string, Record<string, string>, string[], string]>([
    ['kept GB, a locale with no country', { LANG: 'C.UTF-8' }, [], 'Samaritans'],
    ['kept GB beats the locale', { LANG: 'en_US.UTF-8' }, [], 'Samaritans'],
    ['TALKCOACH_REGION beats the kept one', { TALKCOACH_REGION: 'AU' }, [], 'Lifeline'],
    ['--region beats both', { TALKCOACH_REGION: 'AU' }, ['--region', 'NZ'], '1737'],
  ])('%s', async (_n, extra, args, expected) => {
    const env = envOf(home());
    await runIn(['config', 'set', 'region', 'GB'], { env });
    const r = await runIn(['crisis', ...args], { env: { ...env, ...extra } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(expected);
  });

  it('a settings file that is not ours is said on stderr, and the crisis lines still come', async () => {
    const env = envOf(home());
    await runIn(['config', 'set', 'region', 'GB'], { env });
    writeFileSync(join(env.XDG_CONFIG_HOME, 'talkcoach', 'config.json'), '{not json');
    const r = await runIn(['crisis'], { env: { ...env, LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/is not a settings file talkcoach wrote, so it was not used/);
    expect(r.stdout).toContain('988');
  });

  it.each<[string, Record<string, string>, NodeJS.Platform, string]>([
    ['XDG_CONFIG_HOME on Linux', { XDG_CONFIG_HOME: '/x/cfg', HOME: '/h' }, 'linux', '/x/cfg/talkcoach'],
    ['a relative XDG_CONFIG_HOME is ignored', { XDG_CONFIG_HOME: 'cfg', HOME: '/h' }, 'linux', '/h/.config/talkcoach'],
    ['macOS', { HOME: '/Users/a' }, 'darwin', '/Users/a/Library/Preferences/talkcoach'],
  ])('the folder: %s', (_n, env, platform, folder) => {
    expect(configFolder(env, platform)).toBe(folder);
  });
});
