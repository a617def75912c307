// The few terminal styles the coach uses (chalk), and the rounded box around its headline and
// crisis lines (boxen). Whether to colour at all is decided once, in color-level.ts: chalk is told
// the level rather than guessing it from the process.
import boxen from 'boxen';
import { Chalk } from 'chalk';

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

/** `lines` in a rounded box `width` columns wide, one space inside each side; `edge` paints the border. */
export function roundBox(lines: readonly string[], width: number, edge: Paint = (s) => s): string[] {
  const drawn = boxen(lines.join('\n'), {
    borderStyle: 'round',
    padding: { top: 0, bottom: 0, left: 1, right: 1 },
    width,
  }).split('\n');
  // The border painted here, not by boxen, whose colours follow its own guess of the terminal.
  const last = drawn.length - 1;
  return drawn.map((l, i) =>
    i === 0 || i === last ? edge(l) : `${edge(l.slice(0, 1))}${l.slice(1, -1)}${edge(l.slice(-1))}`,
  );
}
