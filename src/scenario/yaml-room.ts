// The YAML room (src/commands/rooms.ts): what the commands use of the YAML parser and the checks,
// loaded only when a scenario has no compiled copy, or a practice or keyed-answers file is read.
export { readYamlAnswers } from './answers-yaml.js';
export { loadModuleFile, loadScenarioFile, loadScenarioText } from './load.js';
export { loadPractice, reasonIds, BUILTIN_PRACTICE_DIR } from './practice-load.js';
export { loadResolved, openOptions, problemsError } from './open.js';
export { practiceTranslationFor, stepsTranslationFor, translationFor } from './translation-check.js';
export { BUILTIN_SHARED_DIR } from './catalogue.js';
