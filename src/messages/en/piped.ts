// Words of a piped run (answers read as lines from stdin or a file).
export const piped = {
  'piped.answersEnded': {
    one: 'the answers ended after {count} line, while {question} was waiting',
    other: 'the answers ended after {count} lines, while {question} was waiting',
  },
  // Moved into the catalogue for a second language (issue 23).
  'piped.notAnswer': 'line {line}: {why} for {question}',
  'piped.validAnswers': 'valid answers: {list}',
} as const;
