// Words shared by several commands. Each file under en/ belongs to one part of the program; ids
// are prefixed with the file's name so two files never define the same id.
export const common = {
  'common.didYouMean': '; did you mean "{hint}"?',
  'common.files': { one: '{count} file', other: '{count} files' },
  'common.errors': { one: '{count} error', other: '{count} errors' },
  'common.warnings': { one: '{count} warning', other: '{count} warnings' },
  'common.problems': { one: '{count} problem', other: '{count} problems' },
} as const;
