// Where a key moves the cursor of a list: over the entries that can hold it (not the separators).
// Shared by the one-choice list and the tick list.

type Move = (at: number, last: number, page: number) => number;

/** The keys that move, by the name readline gives them. */
const MOVES: Readonly<Record<string, Move>> = {
  up: (at) => at - 1,
  down: (at) => at + 1,
  pageup: (at, _last, page) => at - page,
  pagedown: (at, _last, page) => at + page,
  home: () => 0,
  end: (_at, last) => last,
};

/** Where `index` is among `stops` (ascending), or the nearest stop before it. */
export function stopAt(stops: readonly number[], index: number): number {
  let lo = 0;
  let hi = stops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (stops[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The entry the cursor moves to for `key`, or undefined when the key does not move it. The list does
 * not wrap around: at either end the cursor stays. `page` is how many entries a page key passes.
 */
export function moveCursor(
  key: { name?: string },
  active: number,
  stops: readonly number[],
  page: number,
): number | undefined {
  const move = key.name === undefined || !Object.hasOwn(MOVES, key.name) ? undefined : MOVES[key.name];
  if (!move || stops.length === 0) return undefined;
  const last = stops.length - 1;
  const to = Math.min(last, Math.max(0, move(stopAt(stops, active), last, Math.max(1, page))));
  return stops[to];
}

/** The indexes of the entries that are not separators, in order (what number keys count). */
export const stopsOf = <T>(items: readonly T[], isStop: (item: T) => boolean): number[] =>
  items.flatMap((item, i) => (isStop(item) ? [i] : []));
