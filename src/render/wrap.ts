// Word wrapping by visible width (escape sequences take no room).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-9;]*m/g;

export const visibleLength = (s: string): number => [...s.replace(ANSI, '')].length;

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
