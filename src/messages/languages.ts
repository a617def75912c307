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

/** Every language code `--lang` takes. */
export const LANGUAGE_CODES: readonly string[] = ['en', ...Object.keys(LANGUAGES)];

/** How each language is asked for, in its own words: not in the catalogue, since its reader may
 * not read the language being spoken. Shown in `--help` and on the welcome screen, except in the
 * language itself. */
const INVITATIONS: Readonly<Record<string, string>> = { es: 'En español: --lang es' };

/** The invitations to show while `current` is spoken. */
export const invitations = (current: string): string[] =>
  Object.entries(INVITATIONS).flatMap(([code, line]) => (code === current ? [] : [line]));
