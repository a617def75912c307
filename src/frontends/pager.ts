// A long text (the whole plan) a page at a time, with the keys of `less`: Space or Page Down a page
// on, b or Page Up a page back, ↑ ↓ (or k j, Enter) a line, g and G the top and the end, q or Esc to
// leave. The crisis lines are one key away: c (or !) shows them in place of the text, and any key
// goes back to where the reader was. The page never overflows the terminal, so nothing scrolls
// into the scrollback and leaving clears it all.
import { createPrompt, useKeypress, useRef, useState } from '@inquirer/core';
import { wrap } from '../render/wrap.js';

export interface PagerConfig {
  /** The text, as lines no wider than `width`. */
  lines: readonly string[];
  /** The line shown first (the top of the page). */
  start?: number;
  /** The crisis lines, shown in place of the text while asked for. */
  crisis: readonly string[];
  /** Rows the whole pager may take: the page and its footer. */
  rows: number;
  width: number;
  /** The footer: where the page is ({from}, {to}, {count} filled in) and the keys. */
  footer: (from: number, to: number, count: number) => string;
  /** The footer under the crisis lines: how to go back. */
  crisisFooter: string;
  /** How the footer is painted (dim). */
  paint?: (text: string) => string;
}

type Move = (top: number, page: number, last: number) => number;

/** Where each key moves the top of the page, by readline's name for it or the letter typed. */
const MOVES: Readonly<Record<string, Move>> = {
  space: (t, p) => t + p,
  pagedown: (t, p) => t + p,
  f: (t, p) => t + p,
  b: (t, p) => t - p,
  pageup: (t, p) => t - p,
  down: (t) => t + 1,
  j: (t) => t + 1,
  enter: (t) => t + 1,
  return: (t) => t + 1,
  up: (t) => t - 1,
  k: (t) => t - 1,
  g: () => 0,
  home: () => 0,
  G: (_t, _p, last) => last,
  end: (_t, _p, last) => last,
};

const LEAVE = new Set(['q', 'escape']);
const CRISIS = new Set(['c', '!']);

/** The page: `size` lines from `top`, padded so the footer stays on the same row. */
function pageOf(lines: readonly string[], top: number, size: number): string[] {
  const page = lines.slice(top, top + size);
  while (page.length < size) page.push('');
  return page;
}

/** Resolves when the reader leaves (q or Esc). */
export const pager = createPrompt<void, PagerConfig>((config, done) => {
  const [crisis, setCrisis] = useState(false);
  const lines = crisis ? config.crisis : config.lines;
  const count = lines.length;
  // The footer's rows at this width (the widest numbers), then the rest for the page (at least one).
  const footerOf = (from: number, to: number) =>
    wrap(crisis ? config.crisisFooter : config.footer(from, to, count), config.width);
  const size = Math.max(1, config.rows - footerOf(count, count).length);
  const last = Math.max(0, count - size);
  const clamp = (n: number) => Math.min(last, Math.max(0, n));
  const [textTop, setTextTop] = useState(config.start ?? 0);
  const [crisisTop, setCrisisTop] = useState(0);
  const top = clamp(crisis ? crisisTop : textTop);
  const leaving = useRef(false);

  useKeypress((event) => {
    if (leaving.current) return;
    // Readline's event has more than inquirer's type says: Shift, and the characters typed.
    const key = event as typeof event & { shift?: boolean; sequence?: string };
    const name = key.shift && key.name === 'g' ? 'G' : key.name;
    const wantsCrisis = CRISIS.has(name) || key.sequence === '!';
    if (crisis && (LEAVE.has(name) || wantsCrisis)) setCrisis(false);
    else if (LEAVE.has(name)) {
      leaving.current = true;
      done();
    } else if (wantsCrisis) {
      setCrisisTop(0);
      setCrisis(true);
    } else if (Object.hasOwn(MOVES, name)) (crisis ? setCrisisTop : setTextTop)(clamp(MOVES[name]!(top, size, last)));
  });

  const to = Math.min(count, top + size);
  return [...pageOf(lines, top, size), ...footerOf(top + 1, to).map(config.paint ?? ((t) => t))].join('\n');
});
