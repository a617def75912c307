// The few terminal styles the coach uses (chalk), and the rounded box around its headline and
// crisis lines. Whether to colour at all is decided once, in color-level.ts: chalk is told the
// level rather than guessing it from the process.
import { Chalk } from 'chalk';
import { visibleLength, wrap } from './wrap.js';

export type Paint = (s: string) => string;

// The coach uses only the 16 basic colours, the same at every colour level above none.
const chalk = new Chalk({ level: 1 });

export const ansi = {
  bold: (s) => chalk.bold(s),
  dim: (s) => chalk.dim(s),
  red: (s) => chalk.red(s),
  green: (s) => chalk.green(s),
  yellow: (s) => chalk.yellow(s),
  cyan: (s) => chalk.cyan(s),
} as const satisfies Record<string, Paint>;

/**
 * `lines` in a rounded box `width` columns wide, one space inside each side; `edge` paints the border.
 * Drawn here, not by boxen: bundled, boxen (with string-width, whose Intl.Segmenter it creates as it
 * loads) made the first question appear 34 ms later, 0.3x of `node -e 0` (README, "Size and speed").
 */
export function roundBox(lines: readonly string[], width: number, edge: Paint = (s) => s): string[] {
  const inner = Math.max(1, width - 4);
  const rule = '─'.repeat(inner + 2);
  const body = lines
    .flatMap((l) => (visibleLength(l) > inner ? wrap(l, inner).flatMap((w) => cut(w, inner)) : [l]))
    .map((l) => `${edge('│')} ${l}${' '.repeat(Math.max(0, inner - visibleLength(l)))} ${edge('│')}`);
  return [edge(`╭${rule}╮`), ...body, edge(`╰${rule}╯`)];
}

/** A line cut into pieces of at most `columns` (a word longer than the box: an address, say). */
function cut(line: string, columns: number): string[] {
  if (visibleLength(line) <= columns) return [line];
  const pieces = [''];
  let used = 0;
  for (let i = 0; i < line.length;) {
    // A colour code (ESC ... m) takes no columns and is never split; anything else is one code point.
    const code = line[i] === '\u001B' ? line.indexOf('m', i) : -1;
    const next = code >= 0 ? code + 1 : i + (line.codePointAt(i)! > 0xffff ? 2 : 1);
    const token = line.slice(i, next);
    i = next;
    const w = visibleLength(token);
    if (used + w > columns) {
      pieces.push('');
      used = 0;
    }
    pieces[pieces.length - 1] += token;
    used += w;
  }
  return pieces;
}
