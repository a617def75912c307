// Words of the rendered plan (text, Markdown), the crisis block and the graph drawings.
export const render = {
  'render.planOf': '{scenario}: your conversation plan',
  'render.say': 'Say:',
  'render.avoid': 'Avoid:',
  'render.answers': 'Your answers',
  'render.crisis.heading': 'Crisis help now',
  'render.crisis.headingIn': 'Crisis help now ({region})',
  'render.crisis.emergency': 'Emergency: {number} ({where})',
  'render.crisis.directory': 'Anywhere in the world: {name}, {url}',
  'render.graph.end': 'END: {title}',
  'render.graph.missing': 'missing: no such node',
  'render.graph.more': '… and {count} more',
} as const;
