// Scenario translation files (src/scenario/translations.ts), as `talkcoach validate` reports them.
export const translation = {
  'translation.shape':
    'a translation file needs language: (a code), translates: (the file it translates, as partner or shared/talk) ' +
    'and strings: (each key with en: and text:)',
  'translation.entryShape': 'the string {key} needs en: (the hash of its English) and text: (its words)',
  'translation.nameDiffers': 'the file is named after a different file than the one it translates ({translates})',
  'translation.extra': 'no string {key} in {source}: this translation is of nothing',
  'translation.stale': 'the English of {key} changed since it was translated: translate it again and set en: {hash}',
  'translation.missing': 'no translation of {key} yet (the English is shown); its en: is {hash}',
  'translation.noSource': 'cannot check this translation: {file} does not exist or has problems',
  'translation.noFile': {
    one: 'no translation file here yet for {source}, which has {count} string to translate',
    other: 'no translation file here yet for {source}, which has {count} strings to translate',
  },
} as const;
