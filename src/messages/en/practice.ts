// Words of `talkcoach practice`: the rehearsal with the loved one, the typed-reply checker, and the
// practice walk's messages for authors. The loved one's lines and the feedback are content (YAML).
export const practice = {
  'practice.scorer.bad':
    'the trained scorer (scorer.json) cannot be used: {why}. Retrain it with npm run train:checker.',
  'practice.walk.unreachable':
    'the line for "{reason}" is never said: no option "{reason}" in the reasons question (shared/reasons.yaml)',
  'practice.walk.fallback': 'fallback reason "{reason}" has no line under reasons',
  'practice.walk.kind': 'unknown kind "{kind}": add it under kinds, or use one that is there',
  'practice.walk.no-help': 'no reply here helps: offer at least one helping reply',
  'practice.walk.no-hurt': 'no reply here hurts: offer at least one that hurts, so the choice teaches something',
  'practice.walk.better': 'reply "{reply}" hurts but has no better reply to try',
  'practice.walk.duplicate': 'reply id "{reply}" is used twice; reply ids must be unique in the file',
  'practice.walk.checker': 'the checker calls this line of "{reply}" hurtful, but it is offered as a good one',
  'practice.walk.pattern': 'pattern "{pattern}" cannot be used: {why}',

  'practice.cli': 'rehearse the talk: the loved one answers back, and the coach says why a reply helps or hurts',
  'practice.cli.arg': 'a scenario id or file, for its fill-ins (the loved one\'s name); "partner" when left out',
  'practice.cli.check': 'read replies one a line on standard input; print a verdict a line (JSON)',
  'practice.cli.reasons': 'the reasons to practise, separated by commas (ids of the reasons question)',
  'practice.cli.name': "the loved one's name, for the lines",
  'practice.cli.nameCut': 'talkcoach: the name is cut to its first {limit} characters, as a typed name is',
  'practice.unknownFill': '{written} is not a fill-in the practice lines can use (they have: {known})',
  'practice.check.empty': 'An empty line: there was no reply to check.',
  'practice.cli.seed': 'the order of the offered replies (a whole number; a piped run uses 1)',
  'practice.cli.format': 'output format of a piped run: text or json',
  'practice.cli.badFormat': 'unknown format "{value}" for practice: use text or json',
  'practice.cli.badReason': 'unknown reason "{reason}"{hint}; reasons: {list}',
  'practice.cli.problems': {
    one: 'the practice files have {count} problem (run: talkcoach validate {dir})',
    other: 'the practice files have {count} problems (run: talkcoach validate {dir})',
  },
  'practice.piped.badAnswer': 'line {line}: "{answer}" is not one of the replies ({valid}), nor "> your own words"',
  'practice.piped.ended': {
    one: 'the answers ended after {count} line, while {line} was waiting for a reply',
    other: 'the answers ended after {count} lines, while {line} was waiting for a reply',
  },
  'practice.piped.emptyTyped': 'line {line}: nothing after ">": type your own words after it',

  'practice.openness.guarded': 'guarded',
  'practice.openness.listening': 'listening',
  'practice.openness.thinking': 'thinking about it',
  'practice.verdict.helps': 'That helped.',
  'practice.verdict.mixed': 'Partly helpful.',
  'practice.verdict.hurts': 'That one hurt.',
  'practice.verdict.unclear': 'Hard to say.',

  'practice.text.says': '{name}: "{line}"',
  'practice.text.you': 'You: "{reply}"',
  'practice.text.openness': '({name} is {openness})',
  'practice.text.skill': 'Skill: {skill}',
  'practice.text.slip': 'What hurt: {skill}',
  'practice.text.noticed': 'Noticed: {skill}',
  'practice.text.opennessUp': '({name} is opening up: now {openness})',
  'practice.text.opennessDown': '({name} is pulling back: now {openness})',
  'practice.text.opennessStill': '({name} is still {openness})',
  'practice.text.opennessStillHelped': '({name} is still {openness}: trust comes back slowly)',
  'practice.text.better': 'Try instead: "{better}"',
  'practice.text.thinking': 'What they might be thinking: "{thinking}"',
  'practice.text.summary': 'Summary',
  'practice.text.score': {
    one: '{helped} of {count} reply helped; {name} ended {openness}.',
    other: '{helped} of {count} replies helped; {name} ended {openness}.',
  },
  'practice.text.worked': 'What worked:',
  'practice.text.carry': 'Two lines to carry into the real talk:',

  'practice.screen.title': 'Practise the conversation',
  'practice.screen.intro':
    'Try out what you might say. {name} answers back, and the coach says why a reply helps or hurts. ' +
    'Nothing here is saved.',
  'practice.screen.offer': 'Practise the conversation now? (a few minutes; {name} answers back)',
  'practice.screen.pick': 'What do you say?',
  'practice.screen.ownWords': 'Say it my own way',
  'practice.screen.stop': 'Stop and see the summary',
  'practice.screen.typeHere': 'Your words:',
  'practice.screen.progress': 'Exchange {step} of {total}',
  'practice.screen.next': 'Go on',
  'practice.screen.ready': 'When you are ready:',
  'practice.screen.keep': 'Add these two lines to your plan?',
  'practice.screen.keepYes': 'Yes, add them',
  'practice.screen.keepNo': 'No, leave the plan as it is',
  'practice.screen.kept': 'Added to your plan, under "How to start".',
  'practice.crisisFirst':
    'What you typed speaks of suicide, self-harm or violence. If any of that is happening, help comes before ' +
    'practice: here is what to do now, and who to call.',
  'practice.keptPoint': 'Lines you practised, to say in your own words.',
  // The typed-reply checker reads English only: in another language, practice offers the replies alone.
  'practice.typedEnglishOnly':
    'For now, replies you type are checked only in English, so here you choose one of the replies. ' +
    'To type your own, in English: talkcoach --lang en practice',
  'practice.piped.englishOnly':
    'line {line}: replies you type are checked only in English for now; choose one of the replies ({valid}), ' +
    'or run with --lang en to type your own',
  'practice.check.englishOnly':
    'typed replies are checked only in English for now, so practice --check reads nothing in this language; ' +
    'to check replies written in English: talkcoach --lang en practice --check',
} as const;
