// Word wrapping by terminal columns (string-width): a CJK character or an emoji takes two columns,
// an escape sequence none.
import stringWidth from 'string-width';

export const visibleLength = (s: string): number => stringWidth(s);

/** Wraps `text` to `width` columns; every line after the first starts with `indent`. */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = out.length === 0 ? firstIndent : indent;
    let lineHasWord = false;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const fits = visibleLength(line) + (lineHasWord ? 1 : 0) + visibleLength(word) <= width;
      if (lineHasWord && !fits) {
        out.push(line);
        line = indent + word;
      } else {
        line += (lineHasWord ? ' ' : '') + word;
      }
      lineHasWord = true;
    }
    out.push(line);
  }
  return out;
}
