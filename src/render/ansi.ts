// The few terminal styles the coach uses, and the rounded box around its headline and crisis lines.
// Whether to colour at all is decided once (color-level.ts). Written here rather than taken from
// chalk and boxen: loading those two took a third of the interactive coach's start-up, for what
// these lines do. tests/unit/screen.test.ts checks the output is the same as theirs.
import { visibleLength } from './wrap.js';

export type Paint = (s: string) => string;

/** A style that survives the same style closing inside it, and stops at line ends (as chalk does). */
function style(open: number, close: number): Paint {
  const on = `\u001B[${open}m`;
  const off = `\u001B[${close}m`;
  return (s) => {
    const inner = s.includes('\u001B') ? s.replaceAll(off, off + on) : s;
    const lines = inner.includes('\n') ? inner.replace(/(\r?\n)/g, `${off}$1${on}`) : inner;
    return `${on}${lines}${off}`;
  };
}

export const ansi = {
  bold: style(1, 22),
  dim: style(2, 22),
  red: style(31, 39),
  green: style(32, 39),
  yellow: style(33, 39),
  cyan: style(36, 39),
} as const;

/** `lines` in a rounded box `width` columns wide, one space inside each side; `edge` paints the border. */
export function roundBox(lines: readonly string[], width: number, edge: Paint = (s) => s): string[] {
  const inner = width - 4;
  const side = edge('│');
  return [
    edge(`╭${'─'.repeat(width - 2)}╮`),
    ...lines.map((l) => `${side} ${l}${' '.repeat(Math.max(0, inner - visibleLength(l)))} ${side}`),
    edge(`╰${'─'.repeat(width - 2)}╯`),
  ];
}
