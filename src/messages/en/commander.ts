// commander's own words, in the catalogue so that every language has them: the help's headings
// and its parsing errors (src/commands/help-words.ts gives them to commander).
export const commander = {
  'commander.heading.usage': 'Usage:',
  'commander.heading.arguments': 'Arguments:',
  'commander.heading.options': 'Options:',
  'commander.heading.globalOptions': 'Global Options:',
  'commander.heading.commands': 'Commands:',
  'commander.default': '(default: {value})',
  'commander.unknownOption': "unknown option '{flag}'",
  'commander.unknownOptionHint': "unknown option '{flag}' (did you mean {hint}?)",
  'commander.missingArgument': "missing required argument '{name}'",
  'commander.optionMissingArgument': "option '{flags}' argument missing",
  'commander.excessArguments': {
    one: "too many arguments for '{command}': it takes {count} argument, and got {got}",
    other: "too many arguments for '{command}': it takes {count} arguments, and got {got}",
  },
  'commander.invalidOption': "option '{flags}' argument '{value}' is invalid. {why}",
  'commander.invalidArgument': "argument '{name}' value '{value}' is invalid. {why}",
} as const;
