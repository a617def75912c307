// Text from outside the scenario's own words (file names, YAML keys, arguments, ids, paths) made
// inert before it reaches a terminal: every control character, escape, and direction mark is shown
// as a visible escape (ESC as \x1B) instead of acting. One function, used by msg() for every
// parameter and by the few places that print such text without a message.
import { UNSAFE_CHARS } from '../engine/typed.js';

// The characters are engine/typed.ts's one table (UNSAFE_CHARS), plus tab and line feed: one line
// stays one line.
const INERT = new RegExp(`[\\t\\n${UNSAFE_CHARS.source.slice(1, -1)}]`, 'g');

const visible = (n: number): string =>
  n < 0x100 ? `\\x${n.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${n.toString(16).toUpperCase()}`;

/** Text that may go anywhere in a line: controls, line breaks and tabs become visible escapes. */
export const inert = (text: string): string => text.replace(INERT, (c) => visible(c.charCodeAt(0)));

/** Lines of text (a message with details): each line made inert, the line breaks kept. */
export const inertLines = (text: string): string => text.split('\n').map(inert).join('\n');
