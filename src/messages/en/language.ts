// Choosing the language (src/commands/language.ts).
export const language = {
  'lang.opt': 'language: {codes} (default: TALKCOACH_LANG, else your locale)',
  'lang.missing':
    'talkcoach: there are no words in "{given}" (from {from}) yet, so this is in English; languages: {known}',
  'lang.stopped': 'stopped. Take care of yourself.',
} as const;
