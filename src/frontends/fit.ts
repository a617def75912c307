// What of a question fits the terminal's height. A prompt taller than the screen leaves copies of
// its top lines in the scrollback at every key (inquirer can only erase what is on screen), and
// pushes the question off the top. So the parts are kept by how much they matter: the progress
// line, the question's first line, the entries always shown (back, crisis help), the keys and one
// option come first; then more options, the rest of the question, the option's description, "Why
// we ask", the rest of the options, and the blank line above. The list pages around what is kept.
import { visibleLength } from '../render/wrap.js';

export interface Parts {
  /** Lines above the question ("Question 2 of about 5"); a blank line goes above them when there is room. */
  lead: readonly string[];
  question: readonly string[];
  why: readonly string[];
  /** Rows all the options take, and the fewest to show (one option; none at a text field). */
  options: number;
  least?: number;
  /** Rows of what is always drawn under the page: the separator, back, crisis help. */
  pinned: number;
  /** Rows the tallest description takes (0 where there is none). */
  description: number;
  /** Rows of the keys line, and of anything else always drawn (the blank line above it). */
  keys: number;
  /** Columns: a question cut short ends with "…" within them. */
  width?: number;
}

export interface Fitted {
  blank: boolean;
  lead: string[];
  question: string[];
  why: string[];
  /** Rows for the page of options. */
  page: number;
  description: boolean;
}

/** Rows a terminal of unknown height is taken to have. */
const ROWS = 24;
/** Options shown before the rest of the question and its reasons. */
const FEW = 3;

/** A line ending in `ellipsis`, a word shorter where it would not fit in `width`. */
function cut(line: string, width: number | undefined, ellipsis: string): string {
  const wide = width !== undefined && visibleLength(line) + visibleLength(ellipsis) > width;
  return `${wide ? line.replace(/\s*\S+$/, '') : line}${ellipsis}`;
}

export function fit(p: Parts, rows: number | undefined, ellipsis = '…'): Fitted {
  // One row spare: the cursor's line, and a terminal that scrolls when the last row is written.
  let room = (rows ?? ROWS) - 1;
  const least = Math.min(p.options, p.least ?? 1);
  room -= p.lead.length + Math.min(1, p.question.length) + p.pinned + p.keys + least;
  const take = (want: number): number => {
    const n = Math.max(0, Math.min(want, room));
    room -= n;
    return n;
  };
  let page = least + take(Math.min(p.options, FEW) - least);
  const rest = p.question.slice(1);
  const more = take(rest.length);
  const question = [...p.question.slice(0, 1), ...rest.slice(0, more)];
  if (more < rest.length && question.length > 0)
    question[question.length - 1] = cut(question.at(-1)!, p.width, ellipsis);
  // A description or a reason cut short says less than none: each comes whole or not at all.
  const whole = (rowsOf: number): boolean => rowsOf > 0 && rowsOf <= room && take(rowsOf) === rowsOf;
  const description = whole(p.description);
  const why = whole(p.why.length) ? [...p.why] : [];
  page += take(p.options - page);
  const blank = take(1) === 1;
  return { blank, lead: [...p.lead], question, why, page, description };
}
