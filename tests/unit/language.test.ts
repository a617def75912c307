// Choosing the language once, and every language's catalogue against English's ids and placeholders.
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/commands/language.js';
import { en } from '../../src/messages/en/index.js';
import type { Entry } from '../../src/messages/format.js';
import { LANGUAGES } from '../../src/messages/languages.js';
import { runInProcess } from '../helpers/run-in-process.js';

describe('chooseLanguage', () => {
  it.each<[string, string[], Record<string, string>, string]>([
    [
      '--lang wins over everything',
      ['--lang', 'qps-ploc', 'run', 'x'],
      { TALKCOACH_LANG: 'en', LC_ALL: 'en_US' },
      'qps-ploc',
    ],
    ['--lang=CODE, after the command', ['run', 'x', '--lang=qps-ploc'], {}, 'qps-ploc'],
    ['TALKCOACH_LANG before the locale', [], { TALKCOACH_LANG: 'qps-ploc', LANG: 'en_GB.UTF-8' }, 'qps-ploc'],
    [
      'LC_ALL before LC_MESSAGES and LANG',
      [],
      { LC_ALL: 'qps_PLOC.UTF-8', LC_MESSAGES: 'en_US', LANG: 'en' },
      'qps-ploc',
    ],
    ['LC_MESSAGES before LANG', [], { LC_MESSAGES: 'qps-ploc', LANG: 'en_US.UTF-8' }, 'qps-ploc'],
    ['C is English', [], { LANG: 'C.UTF-8' }, 'en'],
    ['POSIX is English', [], { LC_ALL: 'POSIX' }, 'en'],
    ['a locale with a codeset and modifier', [], { LANG: 'en_IE.UTF-8@euro' }, 'en'],
    ['--lang after -- is an argument, not the option', ['run', '--', '--lang', 'qps-ploc'], {}, 'en'],
    ['nothing set', [], {}, 'en'],
    ['--lang es', ['--lang', 'es', 'crisis'], { LANG: 'en_US.UTF-8' }, 'es'],
    ['--lang ES_mx, any spelling', ['--lang', 'ES_mx'], {}, 'es'],
    ['TALKCOACH_LANG=es', [], { TALKCOACH_LANG: 'es', LANG: 'en_GB.UTF-8' }, 'es'],
    ['a Spanish locale of the United States', [], { LANG: 'es_US.UTF-8' }, 'es'],
    ['a Spanish locale of Spain', [], { LC_ALL: 'es_ES.UTF-8' }, 'es'],
    ['a Spanish locale of Mexico', [], { LC_MESSAGES: 'es_MX.UTF-8' }, 'es'],
    ['a Spanish locale of Puerto Rico', [], { LANG: 'es_PR.UTF-8' }, 'es'],
    ['--lang en on a Spanish locale', ['--lang', 'en'], { LANG: 'es_ES.UTF-8' }, 'en'],
  ])('%s', (_name, args, env, code) => {
    expect(chooseLanguage(args, env).code).toBe(code);
  });

  it('a language asked for and not had falls back to English and says where it was asked', () => {
    expect(chooseLanguage(['--lang', 'xx'], {})).toEqual({ code: 'en', missing: { given: 'xx', from: '--lang' } });
    expect(chooseLanguage([], { TALKCOACH_LANG: 'de' }).missing?.from).toBe('TALKCOACH_LANG');
  });

  it('a system locale naming a language not had falls back quietly (it is no request)', () => {
    expect(chooseLanguage([], { LANG: 'de_DE.UTF-8' })).toEqual({ code: 'en' });
  });

  it('the language is independent of the region: a region in the locale picks no language', () => {
    expect(chooseLanguage(['--region', 'GB'], { LANG: 'en_AU.UTF-8' }).code).toBe('en');
    // Spanish words with any region: a Spanish locale of Mexico, and Britain's lines asked for.
    expect(chooseLanguage(['--region', 'GB'], { LANG: 'es_MX.UTF-8' }).code).toBe('es');
  });
});

const holes = (e: Entry): string[] =>
  [
    ...new Set(
      (typeof e === 'string' ? [e] : Object.values(e)).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)),
    ),
  ].sort();

describe('every language against English', () => {
  it.each(Object.keys(LANGUAGES))('%s has exactly English ids, each with English placeholders', async (code) => {
    const { language } = await LANGUAGES[code]!();
    expect(language.code).toBe(code);
    const words = language.words as Record<string, Entry>;
    expect(Object.keys(words).sort()).toEqual(Object.keys(en).sort());
    const differing = Object.entries(en).filter(([id, e]) => holes(words[id]!).join() !== holes(e).join());
    // Guards against a translated line that drops or renames a {placeholder}: its value would vanish.
    expect(differing.map(([id]) => id)).toEqual([]);
    // A plural entry stays plural, a plain one plain (msg() picks the form by `count`).
    const shapes = Object.entries(en).filter(([id, e]) => typeof words[id] !== typeof e);
    expect(shapes.map(([id]) => id)).toEqual([]);
  });
});

describe('the language chosen for a run', () => {
  it('a language not had: one line on stderr, in English, then the run goes on in English', async () => {
    const r = await runInProcess(['--lang', 'xx', 'crisis', '--region', 'GB']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'talkcoach: there are no words in "xx" (from --lang) yet, so this is in English; languages: en, es, qps-ploc',
    );
    expect(r.stdout).toMatch(/Samaritans: Call 116 123/);
  });

  it('--quiet silences that note (it reports no problem)', async () => {
    const r = await runInProcess(['--lang', 'xx', '--quiet', 'crisis', '--region', 'GB']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/no words in/);
  });

  it('TALKCOACH_LANG chooses when --lang is not given, and --lang wins over it', async () => {
    const pseudo = await runInProcess(['crisis', '--region', 'GB'], { env: { TALKCOACH_LANG: 'qps-ploc' } });
    expect(pseudo.stdout).toMatch(/Samaritans: \[Ċàļļ 116 123/);
    const english = await runInProcess(['--lang', 'en', 'crisis', '--region', 'GB'], {
      env: { TALKCOACH_LANG: 'qps-ploc' },
    });
    expect(english.stdout).toMatch(/Samaritans: Call 116 123/);
  });

  it('a run in another language leaves the next run in English (the language is chosen per run)', async () => {
    await runInProcess(['--lang', 'qps-ploc', 'crisis']);
    expect((await runInProcess(['crisis', '--region', 'GB'])).stdout).toMatch(/Samaritans: Call 116 123/);
  });
});
