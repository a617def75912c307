// Words of the interactive coach on a terminal (src/frontends/). Keys said on screen come in two
// forms: with symbols, and in words for --plain (screen readers).
export const terminal = {
  'terminal.welcome.title': 'talkcoach',
  'terminal.welcome.intro':
    'A few questions about you and the person you are worried about, then a plan for talking with them about ' +
    'seeing a therapist.',
  'terminal.welcome.private': 'Everything stays on this computer. Nothing is saved unless you ask.',
  'terminal.welcome.notTherapy': 'This is not therapy, and not a substitute for professional help.',
  'terminal.welcome.crisis':
    'Crisis help right now: choose "I need help right now" or press ! at any question, or run: talkcoach crisis',
  'terminal.welcome.keys': 'Esc goes back a question. Ctrl-C stops at any time.',

  'terminal.picker.ask': 'Which is closest to your situation?',
  'terminal.picker.none': 'there are no scenarios to choose from',
  'terminal.picker.noneWithProblems': {
    one: '{count} scenario file has problems: run talkcoach list, then talkcoach validate',
    other: '{count} scenario files have problems: run talkcoach list, then talkcoach validate',
  },
  'terminal.picker.noneAtAll': 'run a scenario file with talkcoach run FILE, or add a folder with --scenarios DIR',

  'terminal.question.progress': 'Question {step} of about {total}',
  'terminal.question.why': 'Why we ask: {why}',
  'terminal.question.example': 'For example: {example}',
  'terminal.question.yourAnswer': 'Your answer:',
  'terminal.question.wentBack': '↩ Back to the previous question.',
  'terminal.question.wentBackPlain': 'Going back to the previous question.',
  'terminal.note.ready': 'Ready to go on?',
  'terminal.note.continue': 'Continue',

  'terminal.crisis.choice': 'I need help right now (crisis lines)',
  'terminal.crisis.whatNow': 'What to do now',
  'terminal.crisis.stillHere': 'When you are ready, the question is still here.',

  'terminal.keys.list': '↑↓ or a number to move',
  'terminal.keys.listPlain': 'Arrow keys move, or type a number',
  'terminal.keys.move': '↑↓ move',
  'terminal.keys.movePlain': 'Arrow keys move',
  'terminal.keys.choose': '⏎ choose',
  'terminal.keys.choosePlain': 'Enter chooses',
  'terminal.keys.tick': 'space tick',
  'terminal.keys.tickPlain': 'Space ticks or unticks',
  'terminal.keys.done': '⏎ done',
  'terminal.keys.donePlain': 'Enter when done',
  'terminal.keys.text': '⏎ answer (or skip)',
  'terminal.keys.textPlain': 'Type your answer and press Enter, or press Enter to skip',
  'terminal.keys.back': 'Esc back',
  'terminal.keys.backPlain': 'Escape goes back',
  'terminal.keys.crisis': '! crisis help now',
  'terminal.keys.crisisPlain': 'Exclamation mark for crisis help now',
  'terminal.keys.crisisText': '! then ⏎ crisis help now',
  'terminal.keys.crisisTextPlain': 'Type an exclamation mark and press Enter for crisis help now',

  'terminal.save.offer': 'Save this plan as a Markdown file? (Only your user account will be able to read it.)',
  'terminal.save.declined': 'Not saved. Nothing was written.',
  'terminal.save.fileName': 'File name:',
  'terminal.save.isFolder': '{name} is a folder. Please give a file name.',
  'terminal.save.replace': '{name} already exists. Replace it?',
  'terminal.save.failed': 'Sorry: {reason}',
  'terminal.save.retry': 'Try another file name?',
  'terminal.save.notSaved': 'Not saved.',
  'terminal.save.saved': 'Saved to {name}. Only your user account can read it.',

  'terminal.again.ask': 'Start again with new answers?',
  'terminal.again.farewell':
    'Take care of yourself as well. If things get worse, talkcoach crisis shows crisis lines at any time.',
} as const;
