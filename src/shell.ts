// What src/cli.ts needs for any command, and the commands that load no package (run, list, crisis),
// in one module: one import, and few chunks to load, for the commands people wait for most.
export { describeFailure, INTERRUPTED_LINE, SIGNAL_EXIT_CODES } from './edge.js';
export { EXIT, TalkcoachError } from './errors.js';
export { removeAllPending } from './io/temp-files.js';
export { onTerminal } from './commands/context.js';
export { restoreTerminal, standardIo } from './io/std.js';
export { FORMATS } from './render/formats.js';
export { crisisCommand } from './commands/crisis.js';
export { listCommand } from './commands/list.js';
export { parseFormat, regionFor, runCommand } from './commands/run.js';
export { crisisFor } from './safety/crisis.js';
export { closest } from './scenario/suggest.js';
