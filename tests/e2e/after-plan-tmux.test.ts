// After a fear plan on a real terminal (tmux) (issue 20, item 4; clinical read U2): no practice
// offer, a warning before saving, and the quick way out (Esc twice, or Ctrl-C) that leaves nothing on
// screen or in the scrollback. A process is the point here: what the terminal keeps after exit. Each
// test polls the screen; none sleeps. The binary is found from this file, the session runs in a
// fresh folder, and each check holds at a small and a large terminal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partnerNamed, show, talkcoach, Tmux, tmuxTerminals } from '../helpers/tmux.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

const SIZES: [columns: number, rows: number][] = [
  [80, 24],
  [132, 43],
];

const openTerminal = tmuxTerminals();
function terminal(columns: number, rows: number): Tmux {
  return openTerminal({
    columns,
    rows,
    cwd: mkdtempSync(join(tmpdir(), 'talkcoach-after-plan-')),
    env: { LANG: 'en_US.UTF-8' },
  });
}
/** `run partner` to the fear plan (1: no danger, Sam, 2: "Yes, at times"), then to the question after it. */
async function fearPlan(t: Tmux): Promise<string> {
  await partnerNamed(t);
  await t.waitForVisible('Do you ever feel afraid of Sam');
  t.keys('2');
  await t.waitForVisible('❯ 2. Yes');
  t.keys('Enter');
  await t.waitForVisible('What next?');
  t.keys('Enter');
  return t.waitForVisible('Save it to a file anyway?');
}

describe('after a fear plan, on a terminal', () => {
  it.each(SIZES)('%ix%i: no practice offer; the save warning, then Enter saves nothing', async (columns, rows) => {
    // Guards against "Practise the conversation now?" and "Only your user account will be able to read it".
    const t = terminal(columns, rows);
    const screen = oneLine(show(`save warning ${columns}x${rows}`, await fearPlan(t)));
    expect(screen).toContain('anyone who uses this computer, or knows its password, could find this file');
    expect(screen).toContain('keep only the helpline number');
    expect(screen).toContain('1-800-799-7233');
    const all = t.capture();
    expect(all).not.toContain('Practise the conversation');
    expect(all).not.toMatch(/only your user account/i);
    t.keys('Enter');
    await t.waitForVisible('Start again with new answers?');
    expect(oneLine(t.visible())).toContain('Not saved. Nothing was written.');
    t.keys('n', 'Enter');
    await t.waitForVisible('exit=0');
  });

  it.each(SIZES)(
    '%ix%i: quick exit, Esc twice: screen and scrollback cleared, exit 130, nothing said',
    async (columns, rows) => {
      // Guards against a plan, a code word or even the command line left on screen or in the
      // scrollback when someone walks in.
      const t = terminal(columns, rows);
      await fearPlan(t);
      expect(t.capture()).toContain('umbrella');
      t.keys('Escape');
      t.keys('Escape');
      const after = show(`after Esc Esc ${columns}x${rows}`, await t.waitFor('exit=130'));
      for (const gone of ['umbrella', 'Sam', 'afraid', 'talkcoach', 'run', 'partner', 'stopped'])
        expect(after).not.toContain(gone);
    },
  );

  it.each(SIZES)('%ix%i: quick exit, Ctrl-C at a question: the same', async (columns, rows) => {
    const t = terminal(columns, rows);
    t.type(`${talkcoach('run', 'partner')}; echo "exit=$?"`);
    t.keys('Enter');
    // The question itself, not the welcome (which names crisis help too): the keys are the coach's by then.
    await t.waitForVisible('❯ 1. No, not that I know of');
    t.keys('C-c');
    const after = await t.waitFor('exit=130');
    for (const gone of ['danger', 'talkcoach', 'partner', 'stopped']) expect(after).not.toContain(gone);
  });
});
