// The engine's public surface. Pure: no I/O, no clock, no randomness.
export { start, answer, back } from './session.js';
export { readAnswer, describeOptions, matchChoice } from './answer-text.js';
export { holds } from './conditions.js';
export { walk, answersFor } from './walk.js';
export { DISCLAIMER, SECTION_TITLES } from './plan.js';
export { EngineError } from './errors.js';
export type * from './types.js';
export type * from './model.js';
export { SECTIONS } from './model.js';
