// The practice engine: pure, like the rest of the engine.
export * from './model.js';
export { checkReply, scorerFeatures, type CheckResult } from './checker.js';
export { patternProblem } from './patterns.js';
export * from './session.js';
export { walkPractice } from './walk.js';
