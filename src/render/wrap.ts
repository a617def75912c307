// Word wrapping by terminal columns (fast-string-width): a CJK character or an emoji takes two
// columns, an escape sequence none. Not string-width, which creates an Intl.Segmenter as it loads:
// 15 to 30 ms on every run that renders text, 0.13x of a piped run (see CONTRIBUTING.md).
import stringWidth from 'fast-string-width';

// Printable ASCII is one column a character: most text, measured without a pass of regular expressions.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export const visibleLength = (s: string): number => (PLAIN_ASCII.test(s) ? s.length : stringWidth(s));

/** A digit group ending a word ("600", "+34"): a next word starting with a digit continues it. */
const ENDS_IN_DIGITS = /(?:^|\s)\+?\d[\d-]*$/;

/** The words of a paragraph, a phone number's groups ("600 000 016", "0808 2000 247") kept as one, so
 * no number is broken across lines where a person would read or dial half of it. */
function wordsOf(paragraph: string): string[] {
  const out: string[] = [];
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && /^\d/.test(word) && ENDS_IN_DIGITS.test(last)) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** Wraps `text` to `width` columns; every line after the first starts with `indent`. */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = out.length === 0 ? firstIndent : indent;
    let used = visibleLength(line);
    let lineHasWord = false;
    for (const word of wordsOf(paragraph)) {
      const w = visibleLength(word);
      if (lineHasWord && used + 1 + w > width) {
        out.push(line);
        line = indent + word;
        used = visibleLength(indent) + w;
      } else {
        line += (lineHasWord ? ' ' : '') + word;
        used += (lineHasWord ? 1 : 0) + w;
      }
      lineHasWord = true;
    }
    out.push(line);
  }
  return out;
}
