// What src/cli.ts needs for any command, in one module so that it is one import: errors and exit
// codes, the standard streams, and the output formats.
export { describeFailure, INTERRUPTED_LINE, SIGNAL_EXIT_CODES } from './edge.js';
export { EXIT, TalkcoachError } from './errors.js';
export { removeAllPending } from './io/temp-files.js';
export { onTerminal } from './commands/context.js';
export { standardIo } from './io/std.js';
export { FORMATS } from './render/formats.js';
