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
    ['a language it does not speak', ['set', 'lang', 'xx'], /"xx" is not a language talkcoach speaks; known: en, es/],
    [
      'set lang without a value',
      ['set', 'lang'],
      /config set lang needs a language, such as: talkcoach config set lang es/,
    ],
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

describe('the kept language (config set lang), in its place: --lang > TALKCOACH_LANG > kept > locale', () => {
  it('set lang es_MX keeps "es"; list shows both settings; unset forgets only the language', async () => {
    const env = envOf(home());
    await runIn(['config', 'set', 'region', 'US'], { env });
    const set = await runIn(['config', 'set', 'lang', 'es_MX'], { env });
    expect(set.code).toBe(0);
    const file = join(env.XDG_CONFIG_HOME, 'talkcoach', 'config.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ region: 'US', lang: 'es' });
    expect((await runIn(['config', 'list'], { env })).stdout).toBe('region=US\nlang=es\n');
    expect((await runIn(['config', 'unset', 'lang'], { env })).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ region: 'US' });
  });

  // Guards against a kept language that is ignored, or one that wins over what a run asks for.
  it.each<[string, Record<string, string>, string[], RegExp]>([
    ['kept es beats an English locale', { LANG: 'en_US.UTF-8' }, [], /Llama/],
    ['TALKCOACH_LANG beats the kept one', { TALKCOACH_LANG: 'en' }, [], /Call or text/],
    ['--lang beats both', { TALKCOACH_LANG: 'es' }, ['--lang', 'en'], /Call or text/],
  ])('%s', async (_n, extra, args, expected) => {
    const env = envOf(home());
    await runIn(['config', 'set', 'lang', 'es'], { env });
    const r = await runIn([...args, 'crisis', '--region', 'US'], { env: { ...env, ...extra } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(expected);
  });

  it('a kept language the program no longer has is said in one line, and the run goes on in English', async () => {
    const env = envOf(home());
    await runIn(['config', 'set', 'region', 'US'], { env });
    const file = join(env.XDG_CONFIG_HOME, 'talkcoach', 'config.json');
    writeFileSync(file, JSON.stringify({ region: 'US', lang: 'xx' }));
    const r = await runIn(['crisis'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no words in "xx" \(from talkcoach config\)/);
    expect(r.stdout).toContain('Call or text 988');
  });
});
