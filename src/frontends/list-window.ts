// The page of a long list that is on screen. Only the entries near the cursor are drawn, so a key
// costs the same in a list of 10 as in one of 10,000 (@inquirer/core's usePagination draws and
// wraps every entry on every key: 230 ms a key at 10,000 entries).
import { visibleLength, wrap } from '../render/wrap.js';

export interface ListPage {
  /** The rows to show, at most `size`. */
  rows: string[];
  /** The first entry shown (keep it for the next key, so the page scrolls rather than jumps). */
  top: number;
}

/**
 * The rows of entries around `active`, starting at `top` where that still shows `active` whole.
 * `draw` gives an entry's rows (an entry may take several); it is called only for entries near the page.
 */
export function listPage(
  count: number,
  active: number,
  top: number,
  size: number,
  draw: (index: number) => readonly string[],
): ListPage {
  if (count === 0 || size <= 0) return { rows: [], top: 0 };
  const rowsOf = new Map<number, readonly string[]>();
  const rows = (i: number) => rowsOf.get(i) ?? rowsOf.set(i, draw(i)).get(i)!;
  // The cursor above the page: the page starts at it. Far below: no need to draw what cannot fit.
  let first = Math.min(Math.max(0, top), active);
  first = Math.max(first, active - size + 1);
  let used = 0;
  for (let i = first; i <= active; i++) used += rows(i).length;
  // The cursor's entry must end on the page: drop entries from the top until it does.
  while (used > size && first < active) used -= rows(first++).length;
  let last = active;
  while (last + 1 < count && used + rows(last + 1).length <= size) used += rows(++last).length;
  // At the end of the list, fill the page from above rather than leave it short.
  while (first > 0 && last + 1 >= count && used + rows(first - 1).length <= size) used += rows(--first).length;
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(...rows(i));
  // One entry taller than the page: its first rows, where the cursor is.
  return { rows: out.slice(0, size), top: first };
}

/** An entry's rows: `lead` (cursor, tick, number) then the name, wrapped under itself to `width`. */
export const entryRows = (lead: string, name: string, width: number): string[] =>
  wrap(name, width, ' '.repeat(visibleLength(lead)), lead);

// Shown again by inquirer when the prompt is done.
const HIDE_CURSOR = '\u001B[?25l';

/** A list prompt's screen: the question, the page of entries, the entry's description, the keys. */
const listScreen = (head: string, rows: readonly string[], description: string, keys: string): string =>
  [head, rows.join('\n'), ' ', description, keys].filter(Boolean).join('\n').trimEnd().concat(HIDE_CURSOR);

interface Entry {
  name: string;
  description?: string;
}

interface Gap {
  separator: string;
}

/** Where the cursor is and how the list looks: what both list prompts draw a screen from. */
export interface ListView<T extends Entry> {
  items: readonly (T | Gap)[];
  isEntry(item: T | Gap): item is T;
  active: number;
  /** The first entry shown, kept between keys. */
  top: { current: number };
  size: number;
  width: number;
  /** What comes before an entry's name: the cursor, a number, a tick. */
  lead: (entry: T, index: number, here: boolean) => string;
  highlight: (row: string) => string;
  description: (text: string) => string;
  keys: string;
  /** How many entries at the end are always drawn under the page (the separator, back, crisis
   * help), so a short terminal pages the options around them and never hides crisis help. */
  pinned?: number;
  /** false: no entry's description (the terminal is too short for it). */
  descriptions?: boolean;
}

/** The screen of either list prompt: the page around the cursor, then the description and the keys. */
export function listFrame<T extends Entry>(head: string, v: ListView<T>): string {
  const draw = (i: number): string[] => {
    const item = v.items[i]!;
    if (!v.isEntry(item)) return [` ${item.separator}`];
    const here = i === v.active;
    const rows = entryRows(v.lead(item, i, here), item.name, v.width);
    return here ? rows.map(v.highlight) : rows;
  };
  const paged = v.items.length - Math.min(v.pinned ?? 0, v.items.length);
  // The cursor on a pinned entry: the page shows the end of the options.
  const page = listPage(paged, Math.min(v.active, paged - 1), v.top.current, v.size, draw);
  v.top.current = page.top;
  const pinned = Array.from({ length: v.items.length - paged }, (_, k) => draw(paged + k)).flat();
  const chosen = v.items[v.active];
  const description =
    v.descriptions !== false && chosen !== undefined && v.isEntry(chosen) ? chosen.description : undefined;
  // Wrapped here at word boundaries, so the rows they take are the rows counted for them (fit.ts).
  const said = description ? wrap(description, v.width).map(v.description).join('\n') : '';
  return listScreen(head, [...page.rows, ...pinned], said, v.keys);
}
