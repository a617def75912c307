// The page of a long list and the keys that move its cursor: pure functions, then the two list prompts
// driven with @inquirer/testing on a list of 10,000 options.
import { renderPrompt as render } from '../helpers/render-prompt.js';
import { Separator } from '@inquirer/core';
import { describe, expect, it } from 'vitest';
import { moveCursor, stopAt, stopsOf } from '../../src/frontends/list-cursor.js';
import { list } from '../../src/frontends/list-prompt.js';
import { entryRows, listPage } from '../../src/frontends/list-window.js';
import { ticks } from '../../src/frontends/ticks-prompt.js';

/** Entry i is drawn as "e<i>", in `tall[i]` rows (1 unless given). */
const drawer = (tall: Record<number, number> = {}) => {
  const drawn: number[] = [];
  const draw = (i: number) => {
    drawn.push(i);
    return Array.from({ length: tall[i] ?? 1 }, (_, r) => (r === 0 ? `e${i}` : `e${i}+${r}`));
  };
  return { draw, drawn };
};

describe('listPage', () => {
  it.each<[string, number, number, number, Record<number, number>, string[], number]>([
    ['a short list shows whole', 3, 1, 0, {}, ['e0', 'e1', 'e2'], 0],
    ['the cursor on the page: the page stays', 100, 3, 0, {}, ['e0', 'e1', 'e2', 'e3', 'e4'], 0],
    ['the cursor just below the page: it scrolls by one', 100, 5, 0, {}, ['e1', 'e2', 'e3', 'e4', 'e5'], 1],
    ['the cursor above the page: the page starts at it', 100, 2, 10, {}, ['e2', 'e3', 'e4', 'e5', 'e6'], 2],
    ['far down: the cursor is the last row', 100, 50, 0, {}, ['e46', 'e47', 'e48', 'e49', 'e50'], 46],
    ['at the end: the page is full from above', 100, 99, 99, {}, ['e95', 'e96', 'e97', 'e98', 'e99'], 95],
    ['a tall entry pushes the page down', 100, 4, 0, { 4: 2 }, ['e1', 'e2', 'e3', 'e4', 'e4+1'], 1],
    ['an entry taller than the page: its first rows', 100, 3, 3, { 3: 7 }, ['e3', 'e3+1', 'e3+2', 'e3+3', 'e3+4'], 3],
    ['a tall entry after the cursor is left for the next page', 100, 0, 0, { 3: 3 }, ['e0', 'e1', 'e2'], 0],
  ])('%s', (_, count, active, top, tall, rows, newTop) => {
    const { draw } = drawer(tall);
    expect(listPage(count, active, top, 5, draw)).toEqual({ rows, top: newTop });
  });

  it('draws only the entries near the page, at any length of list', () => {
    for (const count of [10, 10_000, 1_000_000]) {
      const { draw, drawn } = drawer();
      listPage(count, count - 1, 0, 7, draw);
      listPage(count, Math.floor(count / 2), 0, 7, draw);
      expect(new Set(drawn).size).toBeLessThanOrEqual(2 * 8);
    }
  });

  it('an empty list, or no room, has no rows', () => {
    expect(listPage(0, 0, 0, 5, drawer().draw)).toEqual({ rows: [], top: 0 });
    expect(listPage(5, 0, 0, 0, drawer().draw)).toEqual({ rows: [], top: 0 });
  });

  it('an entry wraps under its own name, after the cursor and number', () => {
    expect(entryRows('❯ 3. ', 'one two three four', 15)).toEqual(['❯ 3. one two', '     three four']);
  });
});

describe('moveCursor', () => {
  // Entries 0-4 are options, 5 a separator, 6-7 actions.
  const stops = [0, 1, 2, 3, 4, 6, 7];
  it.each<[string, number, number | undefined]>([
    ['down', 0, 1],
    ['down', 4, 6],
    ['down', 7, 7],
    ['up', 6, 4],
    ['up', 0, 0],
    ['pagedown', 0, 3],
    ['pagedown', 4, 7],
    ['pageup', 7, 3],
    ['pageup', 1, 0],
    ['home', 6, 0],
    ['end', 0, 7],
    ['left', 2, undefined],
    ['toString', 2, undefined],
  ])('%s from %i goes to %s', (name, from, to) => {
    expect(moveCursor({ name }, from, stops, 3)).toBe(to);
  });

  it('finds where an entry is among the stops, or the stop before it', () => {
    expect([0, 4, 5, 6, 7].map((i) => stopAt(stops, i))).toEqual([0, 4, 4, 5, 6]);
    expect(stopsOf(['a', '-', 'b'], (x) => x !== '-')).toEqual([0, 2]);
  });
});

const MANY = 10_000;
const entries = Array.from({ length: MANY }, (_, i) => ({ value: `o${i + 1}`, name: `Option ${i + 1}` }));
const rowsOf = (screen: string) => screen.split('\n').filter((l) => /Option \d+/.test(l));

describe(`the lists of the coach, with ${MANY.toLocaleString('en')} options`, () => {
  const config = { message: 'Which?', choices: [...entries, new Separator('--'), { value: 'x', name: 'Crisis' }] };

  it('a one-choice list shows a page, moves by page, jumps by number, and gives the value', async () => {
    const d = await render(list, { ...config, pageSize: 6, theme: { indexMode: 'number' as const } });
    expect(rowsOf(d.getScreen())).toHaveLength(6);
    d.events.keypress('pagedown');
    expect(d.getScreen()).toMatch(/❯ 6\. Option 6$/m);
    for (const k of ['5', '0', '0', '0']) d.events.type(k);
    expect(d.getScreen()).toMatch(/❯ 5000\. Option 5000$/m);
    expect(rowsOf(d.getScreen())).toHaveLength(6);
    d.events.keypress('end');
    expect(d.getScreen()).toMatch(/❯ 10001\. Crisis$/m);
    d.events.keypress('up');
    d.events.keypress('enter');
    await expect(d.answer).resolves.toBe(`o${MANY}`);
  });

  it('typing the start of a name jumps to it', async () => {
    const d = await render(list, {
      message: 'Which?',
      choices: [...entries.slice(0, 3), { value: 'x', name: 'Crisis' }],
    });
    d.events.type('c');
    d.events.keypress('enter');
    await expect(d.answer).resolves.toBe('x');
  });

  it('a tick list ticks on a far page and gives the ticks', async () => {
    const d = await render(ticks, { ...config, pageSize: 5 });
    d.events.keypress('space');
    d.events.keypress('end');
    d.events.keypress('up');
    d.events.keypress('space');
    // The last page: three options, the separator and the action; the option ticked.
    expect(rowsOf(d.getScreen())).toEqual([' ◯ Option 9998', ' ◯ Option 9999', `❯◉ Option ${MANY}`]);
    d.events.keypress('enter');
    await expect(d.answer).resolves.toEqual(['o1', `o${MANY}`]);
  });
});
