// Words of the scenario layer: loading, checking and opening scenario files.
export const scenario = {
  'scenario.isModule': '{file} is a shared module, not a scenario: name a scenario that uses it',
  'scenario.hasProblems': {
    one: '{file} has {count} problem; run talkcoach validate {file} for the full list',
    other: '{file} has {count} problems; run talkcoach validate {file} for the full list',
  },
  'scenario.noSuch': 'there is no scenario called "{arg}"',
  'scenario.atLeastItems': { one: 'needs at least {count} item', other: 'needs at least {count} items' },
  'scenario.atLeastEntries': { one: 'needs at least {count} entry', other: 'needs at least {count} entries' },
} as const;
