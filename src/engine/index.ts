// The engine's public surface. Pure: no I/O, no clock, no randomness.
export { start, answer, back } from './session.js';
export { readAnswer, describeOptions, matchChoice } from './answer-text.js';
export { skipNotes, playLine, plainHeading, type LineResult } from './play.js';
export { holds } from './conditions.js';
export { crisisHelpSteps } from './crisis-help.js';
export { walk, answersFor } from './walk.js';
export { EngineError, type EngineErrorCode, type EngineErrorParams } from './errors.js';
export { word, type EngineMessageId, type Words } from './words.js';
export type * from './types.js';
export type * from './model.js';
export { SECTIONS } from './model.js';
export { addDays, checkinDate, daysBetween, factsOf, isCalendarDate, LAST_DATE, nextCheckin } from './checkin.js';
export { revisitDays } from './checkin.js';
export type { CheckinDate, NextCheckin } from './checkin.js';
