// Untrusted text made inert. Pure: used by the engine (typed answers) and by the renderers
// (imported from here directly: the safety/sanitize.ts re-export went, issue 23).

/** The one table of characters that never reach a terminal as they are: C0 and C1 controls (but
 * tab and line feed), DEL, the line and paragraph separators (U+2028, U+2029: line breaks in
 * disguise, which a terminal may draw as one), and the bidirectional marks and overrides that can
 * reorder what a reader sees. stripUnsafe removes them; inert() (messages/inert.ts) shows them, and
 * tab and line feed too, as visible escapes; the scenario schema refuses them. */
export const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const UNSAFE = new RegExp(UNSAFE_CHARS.source, 'g');
const SEPARATOR = /[\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;

/** Removes escape sequences whole, then any control or direction character left; a line or
 * paragraph separator becomes a space, so the words either side stay two words. */
export function stripUnsafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(UNSAFE, (c) => (SEPARATOR.test(c) ? ' ' : ''));
}

export const MAX_TYPED_LENGTH = 80;

const oneLine = (text: string): string =>
  stripUnsafe(text.replace(/[\r\n\t]+/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** What the user typed, as it may be kept: one line, no controls, trimmed, at most 80 characters. */
export function cleanTyped(text: string): string {
  return [...oneLine(text)].slice(0, MAX_TYPED_LENGTH).join('');
}

/** Whether cleanTyped cuts this text (so the person can be told, not cut silently). */
export const typedIsCut = (text: string): boolean => [...oneLine(text)].length > MAX_TYPED_LENGTH;
