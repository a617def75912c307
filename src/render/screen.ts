// How the interactive coach looks on a terminal: colours that carry meaning (say this, avoid this,
// safety), boxes around the headline and the crisis lines, and the plain look for screen readers.
// Loaded only by the interactive front end.
import type { CrisisInfo, Plan } from '../engine/types.js';
import { ansi, roundBox, type Paint } from './ansi.js';
import type { ColorLevel } from './color-level.js';
import { msg } from '../messages/index.js';
import { PLAIN_STYLE, SCREEN_READER_STYLE, type Style } from './style.js';
import { renderCrisisText, renderPlanText, type Frame, type TextOptions } from './text.js';

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

export function makeLook(level: ColorLevel, plain: boolean, columns: number | undefined): Look {
  const width = Math.max(40, Math.min(columns ?? 80, 100));
  // The coach uses only the basic colours, the same at every colour level.
  const coloured = level > 0;
  const paint = coloured
    ? { accent: ansi.cyan, dim: ansi.dim, bold: ansi.bold, safety: ansi.red, ok: ansi.green }
    : { accent: same, dim: same, bold: same, safety: same, ok: same };
  const style: Style = plain
    ? SCREEN_READER_STYLE
    : coloured
      ? {
          ...PLAIN_STYLE,
          title: paint.bold,
          heading: (s) => ansi.bold(ansi.cyan(s)),
          say: ansi.green,
          avoid: ansi.yellow,
          safety: paint.safety,
          dim: paint.dim,
        }
      : PLAIN_STYLE;
  const frame: Frame | undefined = plain
    ? undefined
    : { inset: 4, box: (lines, kind) => roundBox(lines, width, kind === 'crisis' && coloured ? ansi.red : same) };
  const marks = plain
    ? {
        pointer: '>',
        checked: '[x]',
        unchecked: '[ ]',
        done: msg('render.mark.answeredPlain'),
        back: msg('render.mark.backPlain'),
        separator: ' ',
      }
    : {
        pointer: '❯',
        checked: paint.ok('◉'),
        unchecked: '◯',
        done: paint.ok('✔'),
        back: msg('render.mark.back'),
        separator: paint.dim('─'.repeat(24)),
      };
  return { plain, width, style, frame, paint, marks };
}

const textOptions = (look: Look): TextOptions => ({
  moreInSession: true,
  width: look.width,
  style: look.style,
  ...(look.frame ? { frame: look.frame } : {}),
});

/** The plan on a terminal. When it is taller than the screen, "In short" comes again at the end, just
 * above the crisis lines, so what matters most is where the eye lands when the plan stops scrolling.
 * `full`: with "More, if you want it" whole, as --full prints it. */
export function renderPlanScreen(plan: Plan, look: Look, rows?: number, full = false): string {
  const once = renderPlanText(plan, { ...textOptions(look), full });
  if (rows === undefined || once.split('\n').length <= rows) return once;
  return renderPlanText(plan, { ...textOptions(look), full, summaryAgain: true });
}

/** The crisis box on a terminal; `more`: further lines to call, after the crisis lines. */
export const renderCrisisScreen = (crisis: CrisisInfo, look: Look, more: readonly string[] = []): string =>
  `${renderCrisisText(crisis, textOptions(look), [], more)}\n`;
