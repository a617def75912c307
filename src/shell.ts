// What src/cli.ts needs for any command, in one module so that it is one import: errors and exit
// codes, the standard streams, and the output formats.
export { EXIT, TalkcoachError } from './errors.js';
export { standardIo } from './io/std.js';
export { FORMATS } from './render/formats.js';
