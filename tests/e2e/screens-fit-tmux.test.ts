// Screens that fit, on a real terminal (issue 26, item 3): a resize mid-question redraws the whole
// question at the new width, and at 40x12 the list of situations and a question keep their first
// line and the crisis choice in view, with no copies of a question's header left in the scrollback.
// Each step polls the screen; none sleeps.
import { describe, expect, it } from 'vitest';
import { exampleFolder, partnerNamed, show, talkcoach, Tmux, tmuxTerminals } from '../helpers/tmux.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const count = (s: string, re: RegExp) => s.match(new RegExp(re.source, 'g'))?.length ?? 0;

const openTerminal = tmuxTerminals();
function terminal(columns: number, rows: number): Tmux {
  return openTerminal({ columns, rows, cwd: exampleFolder() });
}

describe('screens that fit', () => {
  it('a resize from 80 to 40 columns mid-question redraws the question, its reason and keys at 40', async () => {
    // Guards against "Are you feeling w / orn out", a header drawn twice, and 80-column "Why we ask".
    const t = terminal(80, 30);
    await partnerNamed(t);
    show('before the resize', await t.waitForVisible(/Why we ask: If so, your plan puts your own safety first/));
    await t.resize(40, 30);
    const screen = show(
      'after the resize to 40',
      await t.waitForVisible(/Why we ask: If so, your plan puts your\nown safety first/),
    );
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(count(screen, /Question 3 of about \d+/)).toBe(1);
    expect(screen).toMatch(/Do you ever feel afraid of Sam, or\nunsafe at home\?/);
    expect(oneLine(screen)).toContain('I need help right now (crisis lines)');
    expect(oneLine(screen)).toContain('! crisis help now');
    // A key after the resize draws in place: still one header on screen.
    t.keys('Down');
    const after = await t.waitForVisible('❯ 2. Yes, at times');
    expect(count(after, /Question 3 of about \d+/)).toBe(1);
    t.keys('C-c');
    await t.waitFor(/exit=\d+/);
  });

  it('at 40x12: the list of situations and a question keep their first line and the crisis choice', async () => {
    // Guards against "I need help right now" paged off the first screen, and copies of the header.
    const t = terminal(40, 12);
    t.type(`${talkcoach()}; echo "exit=$?"`);
    t.keys('Enter');
    const list = show('the list at 40x12', await t.waitForVisible('Which is closest to your situation?'));
    expect(oneLine(list)).toContain('I need help right now (crisis lines)');
    for (let i = 0; i < 5; i++) {
      t.keys('Down');
      const screen = await t.waitForVisible(new RegExp(`❯ ${i + 2}\\. `));
      expect(screen).toContain('Which is closest to your situation?');
      expect(oneLine(screen)).toContain('I need help right now (crisis lines)');
    }
    t.keys('Home', 'Enter');
    await t.waitForVisible(/Question 1 of about \d+/);
    for (const key of ['Down', 'Down', 'Down', 'Up', 'Up']) {
      t.keys(key);
      const screen = await t.waitForVisible(/Question 1 of about \d+\nFirst, a safety question/);
      expect(oneLine(screen)).toContain('I need help right now (crisis lines)');
    }
    show('question 1 at 40x12', t.visible());
    expect(count(t.capture(), /Question 1 of about \d+/)).toBe(1);
    t.keys('C-c');
    await t.waitFor(/exit=\d+/);
  });
});
