// Words of `talkcoach describe`: what a shared module or a scenario offers an author.
export const describe = {
  'describe.heading': '{kind} {name}: {title}',
  'describe.module': 'module',
  'describe.scenario': 'scenario',
  'describe.nodes': 'nodes (id, kind, fact: answer ids):',
  'describe.facts': 'facts (name: values):',
  'describe.anyText': 'any text',
  'describe.list': 'a list of',
  'describe.points': 'talking points (section: ids):',
  'describe.expects': 'your scenario must define:',
  'describe.none': '  (none)',
  'describe.notFound': 'there is no module or scenario called "{arg}"',
  'describe.tableModule': 'module',
  'describe.tableQuestions': 'questions (fact: answer ids)',
  'describe.tablePoints': 'talking points',
  'describe.tableExpects': 'your scenario must define',
} as const;
