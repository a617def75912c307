// The languages talkcoach speaks besides English, each loaded only when chosen (its own chunk in
// the build). Adding one: a folder beside en/ whose index.ts exports `language` (typed as Language),
// and one line here. CONTRIBUTING.md ("How to add a language") has the steps.
import type { Language } from './catalogue.js';

export const LANGUAGES: Readonly<Record<string, () => Promise<{ language: Language }>>> = {
  es: () => import('./es/index.js'),
  // The pseudo-locale: English accented, bracketed and longer, made at load (src/messages/pseudo.ts).
  'qps-ploc': () => import('./pseudo.js'),
};

/** Every language code `--lang` takes. */
export const LANGUAGE_CODES: readonly string[] = ['en', ...Object.keys(LANGUAGES)];
