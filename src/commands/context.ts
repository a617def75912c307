// What a command gets from the shell: its streams and settings (src/io/types.ts), and options
// every command shares.
export type { Io, Output } from '../io/types.js';
export { onTerminal } from '../io/types.js';

export interface CommonOptions {
  scenarios?: string[];
  maxBytes?: number;
}
