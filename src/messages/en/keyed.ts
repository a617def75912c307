// Words of a run with answers keyed by question id (--answers answers.json or .yaml). Only a key, or
// one item of a list meant to name an option, is ever quoted: never a typed answer.
export const keyed = {
  'keyed.notMapping':
    '{source}: answers by question id must be a mapping of ids to answers, as {"name": "Sam", "reasons": ["cost"]}',
  'keyed.unknownKey': '{source}: "{key}" matches no question{hint}',
  'keyed.seeQuestions': 'talkcoach questions {scenario} lists every question id and its options',
  'keyed.missing': '{source} has no answer for {question}',
  'keyed.listNotHere': '{source}: a list answers only a multiple choice, not {question}',
  'keyed.badItem': "{source}: item {n} of {count}, '{token}', matches no option of {question}",
  'keyed.emptyItem': '{source}: item {n} of {count} is empty or not text, for {question}',
  'keyed.badValue': '{source}: the answer for {question} must be text, a number, yes/no or a list',
  'keyed.notAnswer': '{source}: {why} for {question}',
  'keyed.valid': 'valid answers: {list}',
  // cli-help: question aliases.
  'keyed.twice': '{source}: "{first}" and "{second}" both name question {node}: give its answer once',
} as const;
