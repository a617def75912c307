// The check-in's words (issue 16): the command, its date, the calendar reminder and the history.
export const checkin = {
  'checkin.cmd': 'after the talk: how it went, the next step, and a date to check in again',
  'checkin.opt.today': "today's date, YYYY-MM-DD (default: your computer's local date); for scripts and tests",
  'checkin.opt.date': 'the date to check in again, YYYY-MM-DD, instead of the suggested one',
  'checkin.opt.calendar': 'also write a calendar reminder (.ics) to this file',
  'checkin.opt.details': 'put the next steps in the reminder too (by default it only says "Check in")',
  'checkin.opt.force': 'replace the -o or --calendar file if it exists',
  'checkin.opt.keep': 'add this check-in to your private history on this computer (see talkcoach history)',
  'checkin.badDate': '"{value}" is not a date: write it as YYYY-MM-DD, such as 2026-12-01',
  'checkin.pastDate': '{date} is before today ({today}): choose today or a later day',
  'checkin.tooLate':
    'the check-in date would be after {last}, the last day a calendar can hold: choose an earlier --today or --date',
  'checkin.savedSoFar': 'Already saved: {files}.',
  'checkin.notSaved': 'Not saved: {what}.',
  'checkin.what.plan': 'the follow-up plan',
  'checkin.what.calendar': 'the calendar reminder',
  'checkin.what.keep': 'the check-in in your history',
  'checkin.missing': 'the built-in check-in is missing from this installation: reinstall talkcoach',
  'checkin.title': '{title}: check in again on {date}',
  'checkin.nextLine': 'Check in again on {date} ({days}).',
  'checkin.inDays': { one: 'in {count} day', other: 'in {count} days' },
  'checkin.today': 'today',
  'checkin.saved': 'Saved the follow-up plan to {file}. Only your user account can read it.',
  'checkin.calendarSaved': 'Saved a calendar reminder to {file}, titled "{title}". Only your user account can read it.',
  'checkin.kept': 'Added to your private history ({file}). talkcoach forget deletes it.',
  'checkin.ics.title': 'Check in',
  'checkin.ics.alarm': 'Check in',

  'checkin.welcome.intro':
    'A check-in after the talk: how it went, one next step, and a date to come back to it. A few questions.',
  'checkin.screen.suggested': 'Suggested date to check in again: {date} ({days}).',
  'checkin.screen.date': 'Check in again on',
  // No brackets: the prompt adds the suggested date in its own, "(2026-12-08)" (issue 26).
  'checkin.screen.dateAsk': 'Which day to check in again, as YYYY-MM-DD?',
  'checkin.screen.calendarOffer': 'Save a calendar reminder (.ics file) for that day?',
  'checkin.screen.calendarDetails':
    'Put your next steps in the reminder? Calendars are often shared or synced; without them it only says "Check in".',
  'checkin.screen.calendarFile': 'Reminder file name:',
  'checkin.screen.calendarDeclined': 'No reminder saved.',
  'checkin.screen.again': 'Go through the check-in again, with different answers?',
  'checkin.screen.offer':
    'You planned to check in again on {date}. Do the check-in now? (It is added to your history, as before.)',

  'history.cmd': 'how things went over time, from your kept check-ins',
  'history.none': 'No check-ins kept. talkcoach checkin --keep keeps one (only on this computer).',
  'history.line': '{date}  {outcome}{since}{self}  next: {next}',
  'history.since': '; since then: {answer}',
  'history.self': '; you: {answer}',
  'history.where': {
    one: '{count} check-in kept in {file} (only your user account can read it).',
    other: '{count} check-ins kept in {file} (only your user account can read it).',
  },
  'history.skipped': {
    one: 'line {lines} of {file} is not a check-in talkcoach can read, so it was skipped. {mend}',
    other: 'lines {lines} of {file} are not check-ins talkcoach can read, so they were skipped. {mend}',
  },
  'history.skippedNear': {
    one: '{count} line of {file} is not a check-in talkcoach can read, so it was skipped. {mend}',
    other: '{count} lines of {file} are not check-ins talkcoach can read, so they were skipped. {mend}',
  },
  'history.mend': {
    one: 'To mend it, delete that line in a text editor (or run talkcoach forget to start a new history).',
    other: 'To mend them, delete those lines in a text editor (or run talkcoach forget to start a new history).',
  },
  'history.leftOut': {
    one: 'line {lines} of {file} has an answer that is not an option id, so that answer is not shown.',
    other: 'lines {lines} of {file} have answers that are not option ids, so those answers are not shown.',
  },
  'history.andMore': 'and {count} more',
  'history.noOutcome': 'how it went: not recorded',
  'history.notFile':
    '{file} is {what}, not a history file, so it was not used. ' +
    'Move it away (or delete it), and talkcoach starts a new history there.',
  'history.link':
    '{file} is a symbolic link (to {target}), so it was not used: talkcoach keeps its history only in a ' +
    'regular file. Move the file it points to into its place, or remove the link.',
  'history.cannotRead': 'could not read your history, {file}: {why}',
  'history.noFolder': 'could not make the folder for your history, {dir}: {why}. Nothing was saved.',
  'history.noHome':
    'cannot tell where your history goes: HOME is not a full path and XDG_DATA_HOME is not set to one. ' +
    'Set XDG_DATA_HOME to a full path, such as /home/you/.local/share.',
  'history.busy':
    'your history is in use by another talkcoach. Try again in a moment; ' +
    'if no other talkcoach is running, delete {lock}.',
  'history.notKept': 'could not add to your history, {file}: {why}. The history is as it was.',

  'forget.cmd': 'delete your kept check-ins',
  'forget.opt.yes': 'do not ask (for scripts)',
  'forget.ask': 'Delete your kept check-ins ({file})? This cannot be undone.',
  'forget.needsYes': 'not on a terminal, so there is no one to ask: add --yes to delete {file}',
  'forget.done': 'Deleted {file}.',
  'forget.link':
    'Deleted the link {file}. The file it pointed to, {target}, was left as it was: ' +
    'delete it yourself if it holds your check-ins.',
  'forget.temps': {
    one: 'Also deleted {count} unfinished copy left in {dir} by a save that was stopped.',
    other: 'Also deleted {count} unfinished copies left in {dir} by saves that were stopped.',
  },
  'forget.notFile': '{file} is {what}, not a history file: nothing was deleted. Move it away or delete it yourself.',
  'forget.failed': 'could not delete {file}: {why}. Nothing was deleted.',
  'forget.kept': 'Nothing deleted.',
  'forget.nothing': 'No check-ins kept; nothing to delete.',
} as const;
