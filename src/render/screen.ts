// How the interactive coach looks on a terminal: colours that carry meaning (say this, avoid this,
// safety), boxes around the headline and the crisis lines, and the plain look for screen readers.
// Loaded only by the interactive front end, so piped runs never load chalk or boxen.
import boxen from 'boxen';
import chalk from 'chalk';
import type { CrisisInfo, Plan } from '../engine/types.js';
import type { ColorLevel } from './color-level.js';
import { PLAIN_STYLE, SCREEN_READER_STYLE, type Style } from './style.js';
import { renderCrisisText, renderPlanText, type Frame, type TextOptions } from './text.js';

type Paint = (s: string) => string;

export interface Look {
  /** --plain: no boxes, no symbols, no colour, one idea a line. */
  plain: boolean;
  /** Columns to fill: the terminal's width, within what the text renderer accepts. */
  width: number;
  style: Style;
  frame: Frame | undefined;
  paint: { accent: Paint; dim: Paint; bold: Paint; safety: Paint; ok: Paint };
  marks: { pointer: string; checked: string; unchecked: string; done: string; back: string; separator: string };
}

const same: Paint = (s) => s;
// chalk's functions join all their arguments: keep them to one, so `lines.map(paint)` is safe.
const one =
  (f: (s: string) => string): Paint =>
  (s) =>
    f(s);

export function makeLook(level: ColorLevel, plain: boolean, columns: number | undefined): Look {
  // boxen colours its borders with the shared chalk instance: it follows the same decision.
  chalk.level = level;
  const width = Math.max(40, Math.min(columns ?? 80, 100));
  const coloured = level > 0;
  const paint = coloured
    ? { accent: one(chalk.cyan), dim: one(chalk.dim), bold: one(chalk.bold), safety: one(chalk.red), ok: one(chalk.green) }
    : { accent: same, dim: same, bold: same, safety: same, ok: same };
  const style: Style = plain
    ? SCREEN_READER_STYLE
    : coloured
      ? { ...PLAIN_STYLE, title: paint.bold, heading: (s) => chalk.bold(chalk.cyan(s)), say: one(chalk.green), avoid: one(chalk.yellow), safety: paint.safety, dim: paint.dim }
      : PLAIN_STYLE;
  const frame: Frame | undefined = plain
    ? undefined
    : {
        inset: 4,
        box: (lines, kind) =>
          boxen(lines.join('\n'), {
            borderStyle: 'round',
            padding: { top: 0, bottom: 0, left: 1, right: 1 },
            width,
            ...(kind === 'crisis' && coloured ? { borderColor: 'red' } : {}),
          }).split('\n'),
      };
  const marks = plain
    ? { pointer: '>', checked: '[x]', unchecked: '[ ]', done: 'Answered:', back: 'Go back', separator: ' ' }
    : { pointer: '❯', checked: paint.ok('◉'), unchecked: '◯', done: paint.ok('✔'), back: '← Back', separator: paint.dim('─'.repeat(24)) };
  return { plain, width, style, frame, paint, marks };
}

const textOptions = (look: Look): TextOptions => ({ width: look.width, style: look.style, ...(look.frame ? { frame: look.frame } : {}) });

export const renderPlanScreen = (plan: Plan, look: Look): string => renderPlanText(plan, textOptions(look));

export const renderCrisisScreen = (crisis: CrisisInfo, look: Look): string => `${renderCrisisText(crisis, textOptions(look))}\n`;
