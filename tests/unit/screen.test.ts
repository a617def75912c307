// The plan on a terminal: boxes, colours that carry meaning, the width, and the plain look.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/engine/types.js';
import { runPiped } from '../../src/frontends/piped.js';
import { ansi, roundBox } from '../../src/render/ansi.js';
import { makeLook, renderCrisisScreen, renderPlanScreen } from '../../src/render/screen.js';
import stringWidth from 'string-width';
import { visibleLength, wrap } from '../../src/render/wrap.js';
import { GB, loadFixture } from '../helpers/fixtures.js';

let plan: Plan;
beforeAll(async () => {
  // Safety steps, a "say" line and an "avoid" line: every kind of meaning.
  plan = (await runPiped(loadFixture('example.yaml'), ['yes', 'Jo', 'friend', 'stigma', 'yes'], GB)).plan;
});

const ESC = /\u001B\[/;
const lineOf = (text: string, part: string) => text.split('\n').find((l) => l.includes(part)) ?? '';

describe('the plan on a terminal', () => {
  it.each([[60], [80], [120]])('fits %i columns', (columns) => {
    for (const plain of [false, true]) {
      const text = renderPlanScreen(plan, makeLook(1, plain, columns));
      const widest = Math.max(...text.split('\n').map(visibleLength));
      expect(widest).toBeLessThanOrEqual(Math.min(columns, 100));
    }
  });

  it('frames the headline and the crisis lines in boxes', () => {
    const text = renderPlanScreen(plan, makeLook(0, false, 60));
    expect(text.split('\n')[0]).toMatch(/^╭─+╮$/);
    expect(lineOf(text, 'Coming back to it with Jo')).toMatch(/^│ Coming back to it with Jo +│$/);
    // Without colour, headings are marked by capitals instead.
    expect(lineOf(text, 'CRISIS HELP NOW')).toMatch(/^│ CRISIS HELP NOW \(THE UNITED KINGDOM\) +│$/);
    // A plan made with risk shows the crisis lines first and their numbers again at the end, boxed:
    // three boxes in all, the last one the last thing on screen.
    expect(text.match(/╭/g)).toHaveLength(3);
    expect(lineOf(text, 'The numbers again')).toMatch(/^│ The numbers again: /);
  });

  it('colours say-this green, avoid-this yellow and safety red, and nothing without colour', () => {
    const coloured = renderPlanScreen(plan, makeLook(1, false, 80));
    expect(lineOf(coloured, 'Say: “I')).toContain('\u001B[32m');
    expect(lineOf(coloured, 'Avoid: Bringing')).toContain('\u001B[33m');
    expect(lineOf(coloured, 'Stay with them')).toContain('\u001B[31m');
    // The crisis box's border is red too: it is safety, not decoration.
    expect(coloured).toMatch(/\u001B\[31m╭/);
    expect(renderPlanScreen(plan, makeLook(0, false, 80))).not.toMatch(ESC);
  });

  it('--plain: no boxes, no symbols, no colour, one idea a line', () => {
    const text = renderPlanScreen(plan, makeLook(0, true, 80));
    expect(text).not.toMatch(ESC);
    expect(text).not.toMatch(/[╭╮╰╯│─•“”❯◉◯✔←]/);
    expect(text).toContain('\n - Stay with them if it is safe for you.\n');
    expect(text).toContain('Say: "');
  });

  it('the crisis block alone has its box and lines', () => {
    const text = renderCrisisScreen(plan.crisis, makeLook(0, false, 60));
    expect(text).toMatch(/^╭─{58}╮\n/);
    expect(text).toContain('Samaritans: Call 116 123');
    expect(text).toMatch(/╰─{58}╯\n$/);
  });
});

describe('wide characters', () => {
  // A CJK name and an emoji take two terminal columns each: the box's right edge must stay put.
  it.each([['李小龍'], ['Jo 🙂'], ['김민준 👩‍👩‍👧']])(
    'a name like %s keeps every box line as wide as the box',
    async (name) => {
      const wide = (await runPiped(loadFixture('example.yaml'), ['yes', name, 'friend', 'stigma', 'yes'], GB)).plan;
      for (const width of [40, 60, 80]) {
        const text = renderPlanScreen(wide, makeLook(0, false, width));
        const boxed = text.split('\n').filter((l) => /^[╭│╰]/.test(l));
        expect(boxed.some((l) => l.includes(name))).toBe(true);
        for (const line of boxed) {
          expect(stringWidth(line), line).toBe(width);
          expect(line, line).toMatch(/[╮│╯]$/);
        }
      }
    },
  );

  it('wraps by columns, not code points', () => {
    expect(visibleLength('李小龍')).toBe(6);
    expect(visibleLength(ansi.bold('ab'))).toBe(2);
    expect(wrap('李小龍 李小龍 李小龍', 13)).toEqual(['李小龍 李小龍', '李小龍']);
  });

  it('a red border paints only the border', () => {
    const box = roundBox(['x'], 10, ansi.red);
    expect(box[1]).toBe(`${ansi.red('│')} x      ${ansi.red('│')}`);
    expect(box[0]).toBe(ansi.red('╭────────╮'));
  });
});

describe('a plan taller than the screen', () => {
  // A real built-in plan, whose "In short" the scenario chose: partner, calm, cost and time.
  let long: Plan;
  beforeAll(async () => {
    const { BUILTIN_DIR, BUILTIN_SHARED_DIR } = await import('../../src/scenario/catalogue.js');
    const { loadScenarioFile } = await import('../../src/scenario/load.js');
    const partner = loadScenarioFile(`${BUILTIN_DIR}/partner.yaml`, { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;
    long = (await runPiped(partner, ['no', 'Sam', 'no', 'cost,time', '1', '1', '1', '1'], GB)).plan;
  });
  const look = makeLook(0, false, 80);
  const lines = (text: string) => text.split('\n');

  it('says "In short" once when the plan fits the screen', () => {
    const text = renderPlanScreen(long, look, 1000);
    expect(text).toContain('IN SHORT');
    expect(text).not.toContain('IN SHORT, ONCE MORE');
  });

  it('says it again at the end, just above the crisis lines, when the plan is taller than the screen', () => {
    const text = renderPlanScreen(long, look, 30);
    const again = lines(text).findIndex((l) => l.includes('IN SHORT, ONCE MORE'));
    const crisis = lines(text).length - 1 - [...lines(text)].reverse().findIndex((l) => l.includes('CRISIS HELP NOW'));
    expect(again).toBeGreaterThan(lines(text).findIndex((l) => l.includes('IN SHORT')));
    expect(crisis).toBeGreaterThan(again);
    // The crisis box and the disclaimer close the screen: the numbers are on it at the end.
    expect(lines(text).length - crisis).toBeLessThan(20);
  });
});

describe('the rounded box', () => {
  it.each([
    ['a short line', ['hello'], 12],
    ['a line to wrap at a space', ['one two three four five six'], 14],
    ['a word longer than the box', ['https://example.org/a/very/long/address'], 16],
    ['wide characters', ['李小龍 李小龍 李小龍 🙂'], 12],
    ['colour inside', [`${ansi.bold('bold words')} and plain words`], 15],
  ])('%s: every line as wide as the box, the text kept', (_, lines, width) => {
    const box = roundBox(lines, width);
    for (const line of box) expect(stringWidth(line), line).toBe(width);
    // The same characters in the same order (spaces aside: the box breaks lines at them).
    const bare = (s: string) => s.replace(/\u001B\[[0-9;]*m/g, '').replace(/\s+/g, '');
    expect(
      bare(
        box
          .slice(1, -1)
          .map((l) => l.slice(2, -2))
          .join(''),
      ),
    ).toBe(bare(lines.join('')));
  });
});
