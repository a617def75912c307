// Words a plan adds around its talking points: "In short", "More, if you want it", and the help
// shown with the crisis lines when the user is afraid or the problem is substance use.
export const plan = {
  'plan.summary.heading': 'In short',
  'plan.summary.again': 'In short, once more',
  'plan.summary.crisis': 'In danger now?',
  'plan.summary.abuse': 'Your safety:',
  'plan.summary.substance': 'Drinking or drugs:',
  'plan.summary.say': 'Say:',
  'plan.summary.listen': 'Listen:',
  'plan.summary.choice': 'Their choice:',
  'plan.summary.avoid': 'Avoid:',
  'plan.summary.next': 'Next:',
  'plan.summary.care': 'For you:',
  'plan.summary.call': 'Call {numbers}',
  'plan.summary.callEither': 'Call {first} or {second}',
  'plan.summary.callLocal': 'Call your local emergency number',
  'plan.summary.crisisLine': '{call}. {name}: {how}.',
  'plan.summary.crisisDirectory': '{call}. Crisis lines anywhere: {url}',
  'plan.summary.advocate': 'Talk to a domestic-abuse advocate first',
  'plan.summary.advocateUndisclosed': "An advocate listens in confidence, whatever is or isn't going on",
  'plan.summary.advocateLine': '{first}. {name}: {how}.',
  'plan.summary.advocateDirectory': '{first}; find one at {url}',
  'plan.summary.substanceLine': 'For families too. {name}: {how}.',
  'plan.summary.substanceDoctor': 'Their doctor or yours can point you to local services.',
  'plan.madeOn': 'Made on {date}',
  'plan.privateLeftOut':
    'Some safety details (a code word, where your things are kept) were left out of this file on purpose, ' +
    'in case someone else finds it. Keep them in your head, or somewhere only you can reach.',
  'plan.more.heading': 'More, if you want it',
  'plan.more.note': {
    one:
      'More, if you want it: {count} more idea was left out to keep this short. ' +
      'Run with --full to see it; a saved plan keeps it.',
    other:
      'More, if you want it: {count} more ideas were left out to keep this short. ' +
      'Run with --full to see them all; a saved plan keeps them.',
  },
  // On a terminal, where "More" is the choice right after the plan (issue 26).
  'plan.more.noteSession': {
    one:
      'More, if you want it: {count} more idea was left out to keep this short. ' +
      'Choose "More" below to read it; a saved plan keeps it.',
    other:
      'More, if you want it: {count} more ideas were left out to keep this short. ' +
      'Choose "More" below to read them; a saved plan keeps them.',
  },
  'plan.more.worries': 'The answers to your other worries are there: {worries}.',
  'plan.abuse.heading': 'If you feel afraid: domestic-abuse support',
  'plan.abuse.advice':
    'A domestic-abuse advocate can help you plan for your safety, in confidence, whatever you decide. ' +
    'If a call could be overheard or a phone checked, use text or chat where a service offers it, or a phone ' +
    "they can't see; a browser's private mode leaves less history.",
  'plan.abuse.none':
    'No domestic-abuse line is verified for {where} here. If you are in danger, call the emergency number. ' +
    'To find a service near you: {url}',
  'plan.abuse.yourRegion': 'your region',
  // Shown in every plan about someone at home or close family when the user said they are not afraid.
  'plan.abuse.homeHeading': 'If home ever feels unsafe',
  'plan.abuse.undisclosedHeading': 'If home ever feels unsafe: domestic-abuse support, in confidence',
  'plan.abuse.homeAdvice':
    'Anyone can call a domestic-abuse line to talk things through in confidence, for themselves or someone else.',
  'plan.substance.heading': 'Drinking or drugs: help for families',
  'plan.substance.advice':
    'These services talk with families as well as with the person who drinks or uses, and point you to local help.',
  'plan.substance.adviceNone':
    'No national line for this is verified here yet. Their doctor or yours can point you both to local services.',
  'plan.substance.none': 'To find a service near you: {url}',
} as const;
