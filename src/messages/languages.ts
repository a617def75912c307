// The languages talkcoach speaks besides English, each loaded only when chosen (its own chunk in
// the build). Adding one: a folder beside en/ whose index.ts exports `language` (typed as Language),
// and one line here. CONTRIBUTING.md ("How to add a language") has the steps.
import type { Language } from './catalogue.js';

export const LANGUAGES: Readonly<Record<string, () => Promise<{ language: Language }>>> = {
  es: () => import('./es/index.js'),
  // The pseudo-locale: English accented, bracketed and longer, made at load (src/messages/pseudo.ts).
  'qps-ploc': () => import('./pseudo.js'),
};

/** Whether typed practice replies can be checked in a language: the checker reads English only
 * (the pseudo-locale is English underneath). Elsewhere practice offers the replies alone. */
export const checksTypedReplies = (code: string): boolean => code === 'en' || code === 'qps-ploc';

export type LocaleEnv = { LC_ALL?: string | undefined; LC_MESSAGES?: string | undefined; LANG?: string | undefined };

/** The locale the environment names, read as the C library reads it for messages: LC_ALL, then
 * LC_MESSAGES, then LANG, the first one set ('' when none is). Both the language and the region are
 * taken from it. */
export const localeOf = (env: LocaleEnv): string => env.LC_ALL || env.LC_MESSAGES || env.LANG || '';

/** Every language code `--lang` takes. */
export const LANGUAGE_CODES: readonly string[] = ['en', ...Object.keys(LANGUAGES)];

/** How each language is asked for, in its own words: not in the catalogue, since its reader may
 * not read the language being spoken. Shown in `--help` and on the welcome screen, except in the
 * language itself. */
const INVITATIONS: Readonly<Record<string, string>> = { es: 'En español: --lang es' };

/** The invitations to show while `current` is spoken. */
export const invitations = (current: string): string[] =>
  Object.entries(INVITATIONS).flatMap(([code, line]) => (code === current ? [] : [line]));
