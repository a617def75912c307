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
  'terminal.welcome.keysPlain':
    'Answer by typing a number and pressing Enter. Type back to go back a question. Ctrl-C stops at any time.',

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
  'terminal.question.toList': 'Back to the list of situations.',
  'terminal.question.keep': 'Enter keeps your answer; type to replace it, or Tab to edit it.',
  'terminal.note.ready': 'Ready to go on?',
  'terminal.note.continue': 'Continue',

  'terminal.crisis.choice': 'I need help right now (crisis lines)',
  'terminal.crisis.whatNow': 'What to do now',
  'terminal.region.ask': 'Which country are you in? Then we can show the right crisis numbers.',
  'terminal.region.in': 'In {region}',
  'terminal.region.somewhereElse': 'Somewhere else (show the international directory of helplines)',
  'terminal.region.chosen':
    'Crisis lines for {region} from now on. Next time, --region CODE or TALKCOACH_REGION=CODE sets it at the start.',
  'terminal.region.elsewhere':
    'No numbers are verified for where you are, so we show the international directory and the advice to call ' +
    'your local emergency number.',
  'terminal.crisis.forYou': "If it's you who is struggling",
  'terminal.crisis.forSomeone': "If it's someone else",
  'terminal.crisis.backToQuestion': 'Press Enter to go back to the question.',
  'terminal.crisis.backToList': 'Press Enter to go back to the list.',
  'terminal.crisis.backToPractice': 'Press Enter to go back to practice.',
  'terminal.crisis.stillHere': 'When you are ready, the question is still here.',
  'terminal.crisis.stillPractising': 'When you are ready, practice carries on from here.',

  'terminal.plain.progress': 'Question {step} of about {total}.',
  'terminal.plain.back': 'Go back to the previous question',
  'terminal.plain.choose': 'Type a number and press Enter.',
  'terminal.plain.chooseBefore':
    'Type a number and press Enter. You chose {number} before: press Enter alone to keep it.',
  'terminal.plain.ticks':
    'Type the numbers of all that apply, separated by commas, and press Enter. Press Enter alone for none.',
  'terminal.plain.ticksBefore':
    'Type the numbers of all that apply, separated by commas, and press Enter. You chose {numbers} before: ' +
    'press Enter alone to keep them.',
  'terminal.plain.wrong': {
    one: 'Please type the number 1.',
    other: 'Please type a number from 1 to {count}, as listed above.',
  },
  'terminal.plain.text':
    'Type your answer and press Enter, or press Enter alone to skip. Type an exclamation mark for crisis help.',
  'terminal.plain.textWithBack':
    'Type your answer and press Enter, or press Enter alone to skip. Type back to go back, or an exclamation ' +
    'mark for crisis help.',
  'terminal.plain.textBefore': 'You answered {answer} before: press Enter alone to keep it.',
  'terminal.plain.yesDefault': 'Type y for yes or n for no, then press Enter. Enter alone means yes.',
  'terminal.plain.noDefault': 'Type y for yes or n for no, then press Enter. Enter alone means no.',
  'terminal.plain.yesOrNo': 'Please type y for yes or n for no.',
  'terminal.plain.textDefault': '{message} Press Enter alone for {default}.',

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
  'terminal.save.warn':
    'Before you save: anyone who uses this computer, or knows its password, could find this file and read it.',
  'terminal.save.warnKeep':
    'It may be safer not to save it. If you want to keep one thing, keep only the helpline number, ' +
    'somewhere safe: in your memory, or on a phone only you use.',
  'terminal.save.warnLine': '{name}: {how}',
  'terminal.save.offerCareful': 'Save it to a file anyway?',
  'terminal.save.declinedCareful':
    'Not saved. Nothing was written. When you are done, Esc twice (or Ctrl-C) clears the screen and closes talkcoach.',
  // --plain: line mode, where Esc is typed text and Ctrl-C stops without clearing.
  'terminal.save.declinedCarefulPlain':
    'Not saved. Nothing was written. When you are done, you may want to clear the screen: the plan is still on it.',
  'terminal.save.savedCareful': 'Saved to {name}. Delete it when you no longer need it.',
  'terminal.save.fileName': 'File name:',
  'terminal.save.isFolder': '{name} is a folder. Please give a file name.',
  'terminal.save.replace': '{name} already exists. Replace it?',
  'terminal.save.failed': 'Sorry: {reason}',
  'terminal.save.retry': 'Try another file name?',
  'terminal.save.notSaved': 'Not saved.',
  'terminal.save.kept': 'Not saved: {name} was left as it was.',
  'terminal.save.printed': 'The plan was written to standard output.',
  'terminal.save.saved': 'Saved to {name}. Only your user account can read it.',

  'terminal.again.ask': 'Start again with new answers?',
  'terminal.again.farewell':
    'Take care of yourself as well. If things get worse, talkcoach crisis shows crisis lines at any time.',

  // screens (issue 26): yes/no with no hidden default, the plan's pager, the region kept.
  'terminal.yesno.keys': 'y yes · n no, then ⏎',
  'terminal.yesno.keysDefaultNo': 'y yes · n no, then ⏎ · ⏎ alone: no',
  'terminal.yesno.keysDefaultYes': 'y yes · n no, then ⏎ · ⏎ alone: yes',
  'terminal.yesno.nudge': 'Type y for yes or n for no, then press Enter.',
  // What may be typed for each answer, separated by commas.
  'terminal.yesno.yes': 'Yes',
  'terminal.yesno.no': 'No',
  'terminal.pager.footer': 'Lines {from}–{to} of {count} · space/b page · ↑↓ · g/G ends · c crisis lines · q back',
  'terminal.pager.crisisFooter': 'Crisis lines · ↑↓ move · c or q: back to the plan',
  'terminal.planMenu.ask': 'What next?',
  'terminal.planMenu.on': 'Go on',
  'terminal.planMenu.more': {
    one: 'More: the idea left out to keep the plan short',
    other: 'More: the {count} ideas left out to keep the plan short',
  },
  'terminal.planMenu.again': 'See the plan again',
  'terminal.region.keep': 'Remember {region} for next time? Then talkcoach will not ask again.',
  'terminal.region.kept':
    'Kept in {file}. talkcoach will use the crisis numbers for {region}. To change it: talkcoach config unset region.',
  'terminal.region.notKept': 'Not kept ({reason}). talkcoach will ask again next time.',
  'terminal.region.notKeptWhy': 'the settings file could not be written',
  'terminal.welcome.crisisNpmStart':
    'Crisis help right now: choose "I need help right now" or press ! at any question, or run: ' +
    'npm start --silent -- crisis',
  'terminal.welcome.crisisInSession':
    'Crisis help right now: choose "I need help right now" or press ! at any question. Every plan ends with ' +
    'the crisis lines too.',
  'terminal.plain.yesOrNoAsk': 'Type y for yes or n for no, then press Enter.',
} as const;
