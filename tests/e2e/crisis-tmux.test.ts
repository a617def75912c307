// Crisis help on a real terminal (tmux), where what matters is what stays on screen (issue 20, items 5
// and 6): `talkcoach crisis` at 80x24 leaves the numbers in view; ! in `myself` shows the steps for
// the user themselves; with a locale that names no country, "yes" to danger asks for the country.
// Each test polls the screen; none sleeps.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { show, talkcoach, Tmux, tmuxTerminals } from '../helpers/tmux.js';

const openTerminal = tmuxTerminals();
function terminal(lang: string, columns = 80, rows = 24): Tmux {
  return openTerminal({ columns, rows, cwd: mkdtempSync(join(tmpdir(), 'talkcoach-crisis-')), env: { LANG: lang } });
}

describe('crisis help on a terminal', () => {
  it('talkcoach crisis at 80x24: every number is on screen when it ends', async () => {
    // Guards against the steps pushing the numbers off the top of a small terminal.
    const t = terminal('en_US.UTF-8');
    t.type(`${talkcoach('crisis')}; echo "exit=$?"`);
    t.keys('Enter');
    const screen = show('crisis 80x24', await t.waitForVisible('exit=0'));
    for (const number of [
      'Call or text 988',
      'Text HOME to 741741',
      'Emergency: 911',
      '1-800-799-7233',
      '1-800-662-4357',
    ])
      expect(screen).toContain(number);
    expect(screen).toContain('last checked in November 2026');
  });

  it('! in myself shows the steps for the user themselves, with the numbers above the prompt', async () => {
    // Guards against a person asking for help for themselves being told to call on someone's behalf.
    const t = terminal('en_US.UTF-8');
    t.type(talkcoach('run', 'myself'));
    t.keys('Enter');
    await t.waitForVisible('I need help right now');
    t.keys('!');
    const screen = show('! in myself', await t.waitForVisible('Press Enter to go back to the question.'));
    expect(screen).toContain('Call or text 988');
    const all = t.capture();
    expect(all).toContain('Call or text a crisis line now.');
    expect(all).toContain('Feelings this heavy can ease');
    expect(all).toContain('write a short safety plan');
    expect(all).not.toContain('on their behalf');
    t.keys('C-c');
  });

  it('LANG=C.UTF-8 and "yes" to danger: the country is asked, then its numbers are shown', async () => {
    // Guards against a person in danger getting no number and no way to say where they are.
    const t = terminal('C.UTF-8');
    t.type(talkcoach('run', 'partner'));
    t.keys('Enter');
    await t.waitForVisible('I need help right now');
    t.keys('2');
    await t.waitForVisible('❯ 2. Yes');
    t.keys('Enter');
    show('asked', await t.waitForVisible('Which country are you in?'));
    t.keys('3', 'Enter');
    const screen = show('after the country', await t.waitForVisible('The numbers again'));
    expect(screen).toContain('Samaritans: Call 116 123');
    expect(t.capture()).toContain('Crisis help now (the United Kingdom)');
    t.keys('C-c');
  });

  it('LANG=C.UTF-8: talkcoach crisis asks for the country first, then prints its numbers last', async () => {
    // Guards against the one command for an emergency printing no number when the locale has no country.
    const t = terminal('C.UTF-8');
    t.type(`${talkcoach('crisis')}; echo "exit=$?"`);
    t.keys('Enter');
    await t.waitForVisible('Which country are you in?');
    t.keys('5', 'Enter');
    const screen = show('crisis, asked', await t.waitForVisible('exit=0'));
    expect(screen).toContain('Lifeline: Call 13 11 14');
    expect(screen).toContain('1800RESPECT');
  });
});
