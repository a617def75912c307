// Words a person types as an answer, in place of a number: a list, separated by commas. English's
// are understood in every language too (scripts keep working), and the pseudo-locale accents them
// without brackets so they can still be typed.
export const typed = {
  'typed.yes': 'yes, y',
  'typed.no': 'no, n',
  'typed.back': 'back',
  'typed.help': 'help',
  // The hint a yes/no prompt shows beside its question: the default in capitals.
  'typed.hint.yesDefault': 'Y/n',
  'typed.hint.noDefault': 'y/N',
} as const;
