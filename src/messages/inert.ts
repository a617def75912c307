// Text from outside the scenario's own words (file names, YAML keys, arguments, ids, paths) made
// inert before it reaches a terminal: every control character, escape, and direction mark is shown
// as a visible escape (ESC as \x1B) instead of acting. One function, used by msg() for every
// parameter and by the few places that print such text without a message.

// Controls C0 (line feed and tab too: one line stays one line), DEL, C1, the line and paragraph
// separators, and the bidirectional marks and overrides that reorder what a reader sees.
const unsafe = (n: number): boolean =>
  n < 0x20 ||
  (n >= 0x7f && n <= 0x9f) ||
  n === 0x200e ||
  n === 0x200f ||
  n === 0x2028 ||
  n === 0x2029 ||
  (n >= 0x202a && n <= 0x202e) ||
  (n >= 0x2066 && n <= 0x2069);

const visible = (n: number): string =>
  n < 0x100 ? `\\x${n.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${n.toString(16).toUpperCase()}`;

/** Text that may go anywhere in a line: controls, line breaks and tabs become visible escapes. */
export function inert(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const n = text.charCodeAt(i);
    if (!unsafe(n)) continue;
    out += text.slice(from, i) + visible(n);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Lines of text (a message with details): each line made inert, the line breaks kept. */
export const inertLines = (text: string): string => text.split('\n').map(inert).join('\n');
