// Words of the rendered plan (text, Markdown), the crisis block and the graph drawings.
export const render = {
  'render.planOf': '{scenario}: your conversation plan',
  'render.say': 'Say:',
  'render.avoid': 'Avoid:',
  'render.answers': 'Your answers',
  'render.crisis.heading': 'Crisis help now',
  'render.crisis.headingIn': 'Crisis help now ({region})',
  'render.crisis.emergency': 'Emergency: {number} ({where})',
  'render.crisis.urgentItem': 'Not sure it is an emergency? {name}: {how}',
  'render.crisis.abuseItem': 'Afraid of someone at home? {name}: {how}',
  'render.crisis.abuseNone':
    'Afraid of someone at home? No domestic-abuse line is verified here: in danger, call the emergency number; ' +
    'the directory lists local services.',
  'render.crisis.substanceItem': 'Drinking or drugs, yours or theirs? {name}: {how}',
  'render.crisis.again': 'The numbers again: {numbers}',
  'render.crisis.checked': 'These numbers were last checked in {month}.',
  'render.crisis.directory': 'Anywhere in the world: {name}, {url}',
  'render.graph.end': 'END: {title}',
  'render.graph.missing': 'missing: no such node',
  'render.graph.more': '… and {count} more',
  // Moved into the catalogue for a second language (issue 23): the screen's marks in words.
  'render.mark.answeredPlain': 'Answered:',
  'render.mark.backPlain': 'Go back',
  'render.mark.back': '← Back',
} as const;
