// Choosing the language once, and every language's catalogue against English's ids and placeholders.
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/commands/language.js';
import { en } from '../../src/messages/en/index.js';
import type { Entry } from '../../src/messages/format.js';
import { LANGUAGES } from '../../src/messages/languages.js';

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
