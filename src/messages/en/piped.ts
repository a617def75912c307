// Words of a piped run (answers read as lines from stdin or a file).
export const piped = {
  'piped.answersEnded': {
    one: 'the answers ended after {count} line, while {question} was waiting',
    other: 'the answers ended after {count} lines, while {question} was waiting',
  },
} as const;
