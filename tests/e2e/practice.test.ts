// `talkcoach practice`, the built binary: a whole session on a real terminal (tmux, 80x30). (The
// checker and the piped practice: tests/commands/practice.test.ts.) Set
// TALKCOACH_PRACTICE_TRANSCRIPT=FILE to keep the terminal session's screen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offered, pick, seeded, startPractice, typed } from '../../src/engine/practice/session.js';
import { loadPractice } from '../../src/scenario/practice-load.js';
import { talkcoach, tmuxTerminals } from '../helpers/tmux.js';

const openTerminal = tmuxTerminals();
describe('talkcoach practice on a terminal', () => {
  it('a whole session at 80x30: a reply that hurt, one typed, feedback each time, then the summary', async () => {
    // Where each reply will be in the list: the same seed gives the same order as the binary's.
    const { content, rules } = loadPractice();
    const input = { content: content!, rules: rules!, fills: { name: 'Sam' } };
    const random = seeded(7);
    let s = startPractice(content!, ['cost', 'time']);
    const place = (id: string) => offered(s, input, random).findIndex((r) => r.id === id) + 1;

    const t = openTerminal({ columns: 80, rows: 30, cwd: mkdtempSync(join(tmpdir(), 'talkcoach-practice-')) });
    t.type(
      `${talkcoach('practice', 'partner', '--name', 'Sam', '--reasons', 'cost,time', '--seed', '7')}; echo "exit=$?"`,
    );
    t.keys('Enter');

    const choose = async (n: number) => {
      // Crisis help is one key away at every prompt.
      expect(await t.waitFor('What do you say?')).toContain('! crisis help now');
      t.keys(...Array<string>(n - 1).fill('Down'), 'Enter');
    };
    // 1: the opening, answered with a label (hurts).
    await t.waitFor('Exchange 1 of 4');
    await choose(place('open-label'));
    s = pick(s, input, 'open-label');
    await t.waitFor('That one hurt.');
    t.keys('Enter');
    // 2: cost, said in the person's own words.
    await t.waitFor('Exchange 2 of 4');
    await choose(5);
    offered(s, input, random);
    await t.waitFor('Your words:');
    t.type('it sounds like money is a real worry for you');
    t.keys('Enter');
    s = typed(s, input, 'it sounds like money is a real worry for you');
    await t.waitFor('Skill: a reflection');
    t.keys('Enter');
    // 3: time, an open question; 4: the closing, respect for their choice.
    await t.waitFor('Exchange 3 of 4');
    await choose(place('time-question'));
    s = pick(s, input, 'time-question');
    await t.waitFor(/Exchange 3 of 4[\s\S]*That helped\./);
    t.keys('Enter');
    await t.waitFor('Exchange 4 of 4');
    await choose(place('close-autonomy'));
    await t.waitFor(/Exchange 4 of 4[\s\S]*That helped\./);
    t.keys('Enter');
    const end = await t.waitFor(/exit=\d+/);
    if (process.env.TALKCOACH_PRACTICE_TRANSCRIPT) writeFileSync(process.env.TALKCOACH_PRACTICE_TRANSCRIPT, end);
    expect(end).toContain('Try instead:');
    expect(end).toContain('What they might be thinking:');
    expect(end).toContain('3 of 4 replies helped; Sam ended');
    expect(end).toContain('Two lines to carry into the real talk:');
    expect(end).toContain('You: "it sounds like money is a real worry for you"');
    expect(end).toContain('exit=0');
  }, 60_000);
});
