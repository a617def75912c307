// The engine's public surface. Pure: no I/O, no clock, no randomness.
export { start, answer, back } from './session.js';
export { readAnswer } from './answer-text.js';
export { holds } from './conditions.js';
export { crisisHelpSteps } from './crisis-help.js';
export { walk, answersFor } from './walk.js';
export { EngineError } from './errors.js';
export type { EngineMessageId, Words } from './words.js';
export type * from './types.js';
export type * from './model.js';
export { addDays, checkinDate, daysBetween, factsOf, isCalendarDate, LAST_DATE, nextCheckin } from './checkin.js';
export type { CheckinDate } from './checkin.js';
