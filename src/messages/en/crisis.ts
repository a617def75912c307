// The crisis lines' words (src/safety/crisis.ts): how to reach each line and the advice beside
// them. The numbers, names and sources stay in the helpline table, never here.
export const crisis = {
  'crisis.region.US': 'the United States',
  'crisis.region.CA': 'Canada',
  'crisis.region.GB': 'the United Kingdom',
  'crisis.region.IE': 'Ireland',
  'crisis.region.AU': 'Australia',
  'crisis.region.NZ': 'New Zealand',
  'crisis.region.ES': 'Spain',
  'crisis.region.PR': 'Puerto Rico',
  'crisis.region.EU': 'the European Union',
  'crisis.region.unknown': 'an unknown region',
  'crisis.askedEu': 'a country of the European Union',
  'crisis.where': 'emergency number in {region}',
  'crisis.where.eu': 'the emergency number across the European Union',
  'crisis.directory': '{name} (free, confidential helplines in many countries)',
  'crisis.how.call': 'Call {number}',
  'crisis.how.callAnyTime': 'Call {number}, any time',
  'crisis.how.callFreeAnyTime': 'Call {number}, free, any time',
  'crisis.how.callFreeDayNight': 'Call {number}, free, any time, day or night',
  'crisis.how.callHours': 'Call {number}, {hours}',
  'crisis.how.callTextAnyTime': 'Call or text {number}, any time',
  'crisis.how.callTextFreeAnyTime': 'Call or text {number}, free, any time',
  'crisis.how.callTextChat': 'Call or text {number}, or chat online at {site}',
  'crisis.how.callOrTextSame': 'Call {number}, or text the same number, any time',
  'crisis.how.textWord': 'Text {word} to {number}',
  'crisis.how.callTtyTextChat': 'Call {number} (TTY {tty}), or text {word} to {text}, or chat at {site}',
  'crisis.how.referrals':
    'Call {number} (TTY {tty}), free, confidential, any time, English or Spanish; ' +
    'referrals to local help, not counselling',
  'crisis.how.urgentCare': 'Call {number} for urgent medical help that is not an emergency, any time',
  'crisis.hours.9to23': '9am to 11pm',
  // The Spanish-language ways (988 press 2, the hotline's Spanish advocates) and Spain's lines. Each
  // says only what ../shared/helplines.md says: the hotline's text line is not promised in Spanish.
  'crisis.how.callText': 'Call or text {number}',
  'crisis.how.callReferralsBrief': 'Call {number}, free, any time; referrals, not counselling',
  'crisis.how.callOrTextWord': 'Call {number}, or text {word} to {text}',
  'crisis.how.pressForSpanishBrief': 'Call {number} and press {option}, or text {word} to {number}: in Spanish',
  'crisis.how.pressForSpanish':
    'Call {number} and press {option}, text {word} to {number}, or chat at {site}: in Spanish',
  'crisis.how.advocatesInSpanish':
    'Call {number} (TTY {tty}): advocates speak Spanish. Chat in Spanish: {site}. Text {word} to {text}, in English',
  'crisis.how.callChatInSpanish': 'Call {number} (advocates speak Spanish), or chat in Spanish at {site}',
  'crisis.how.callForFamilyToo': 'Call {number}, free, confidential, any time, also for family and friends',
  'crisis.how.violenceAgainstWomen':
    'Call {number} about violence against women, free, any time; not on the phone bill, but kept in the ' +
    'call log. WhatsApp {whatsapp}: messages only',
  'crisis.how.callOrWhatsApp': 'Call {number} or WhatsApp {whatsapp} (messages only)',
  // A line's language, said when the plan is in another ("answered in Spanish").
  'crisis.language.en': 'English',
  'crisis.language.es': 'Spanish',
  'crisis.answered.in': '{how}; answered in {languages}',
  'crisis.answered.interpreters': '{how}; answered in {languages}, with interpreters',
  'crisis.answered.many': '{how}; answered in {total} languages, {languages} among them',
  // Worded for both readers: someone worried about another person, and someone worried about
  // themselves. Calibrated (clinical review S5): a crisis line first for thoughts of suicide, the
  // emergency number for a plan, the means, harm under way, or danger right now; an emergency call
  // where it is not needed can bring a police response that puts people off asking for help again.
  'crisis.advice.known':
    'Thoughts of suicide or self-harm: a crisis line first, for you or for someone with you. ' +
    'A plan, the means at hand, harm under way, or anyone in danger now: the emergency number.',
  'crisis.advice.eu': '{advice} For a crisis line in your country, use the directory below.',
  'crisis.advice.unknown':
    'We do not know which country you are in, so we will not guess a number. ' +
    'If you or anyone else is in danger right now, call your local emergency number. ' +
    'To find a crisis line where you are, use the international directory below.',
  'crisis.advice.unverified':
    'No crisis line is verified for {region} yet, so we will not guess a number. ' +
    'If you or anyone else is in danger right now, call the local emergency number. ' +
    'To find a crisis line there, use the international directory below.',
} as const;
