// Plain text for --plain (screen readers, and programs that read the plan): no bullets, straight
// quotes, headings as written rather than in capitals.
import { SCREEN_READER_STYLE, type Style } from './style.js';

/** The screen-reader style with no bullet at all: a list item is its own line, indented. */
export const PLAIN_TEXT_STYLE: Style = { ...SCREEN_READER_STYLE, bullet: ' ' };

/** Curly quotes and apostrophes from scenario text made straight, and any bullet left made a space. */
export const straightQuotes = (text: string): string =>
  text.replace(/[“”„]/g, '"').replace(/[‘’‚]/g, "'").replace(/•/g, ' ');
