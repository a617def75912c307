// Words of `talkcoach test`: playing test cases and walking every path.
export const testing = {
  'testing.leftOver': {
    one: 'the plan was finished after answer {after}; {count} answer is left over',
    other: 'the plan was finished after answer {after}; {count} answers are left over',
  },
  'testing.answersEnded': {
    one: 'the answers ended after {count} answer, while {question} was waiting',
    other: 'the answers ended after {count} answers, while {question} was waiting',
  },
  'testing.scenarioProblems': {
    one: 'the scenario {file} has {count} problem (listed below); fix them first',
    other: 'the scenario {file} has {count} problems (listed below); fix them first',
  },
  'testing.pointNeverHolds': 'talking point "{id}" is in no plan: its when never holds at any ending',
  'testing.forbiddenPoint': 'talking point "{point}" ({tags}) is in a plan whose stances ({stances}) forbid it',
  'testing.pointNeverAdded': 'talking point "{id}" is in no plan: nothing on any path adds it',
  // Moved into the catalogue for a second language (issue 23): the safety walk's faults.
  'testing.noWithdrawal': 'a plan about substance use has no withdrawal warning in its main part',
  'testing.riskNotFirst': 'a plan made with risk does not start with the crisis lines',
  'testing.summaryLong': {
    one: 'the summary has {count} word (at most {most})',
    other: 'the summary has {count} words (at most {most})',
  },
  'testing.mainLong': {
    one: 'the main plan has {count} point (at most {most})',
    other: 'the main plan has {count} points (at most {most})',
  },
} as const;
