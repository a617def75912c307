// The interactive coach on a real terminal (tmux), for what a person sees on a small or changing
// screen: crisis help that stays in view, a resize mid-session, going back to an answer, and standard
// output sent to a file. Each test polls the screen; none sleeps.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT } from '../helpers/cli.js';
import { exampleFolder, show, talkcoach, Tmux, tmuxTerminals } from '../helpers/tmux.js';

const EXAMPLE = join(ROOT, 'tests/fixtures/example.yaml');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A question as a live prompt: its progress line right above it. */
const asked = (text: string) => new RegExp(`of about \\d+\\n${escapeRe(text)}`);

const openTerminal = tmuxTerminals();
function terminal(columns: number, rows: number, cwd = exampleFolder()): Tmux {
  return openTerminal({ columns, rows, cwd });
}

describe('the interactive coach on a small or changing screen', () => {
  it('at 50x20, the crisis numbers are on screen right after !, until Enter goes back to the question', async () => {
    const t = terminal(50, 20);
    t.type(`${talkcoach('run', 'partner')}; echo "exit=$?"`);
    t.keys('Enter');
    await t.waitForVisible('I need help right now');
    t.keys('!');
    const screen = show('50x20 after !', await t.waitForVisible('Press Enter to go back to the question.'));
    expect(screen).toContain('Samaritans: Call 116 123');
    expect(screen).toContain('Emergency: 999');
    expect(screen).toMatch(/╭─+╮/);
    t.keys('Enter');
    await t.waitForVisible('the question is still here');
    await t.waitForVisible('I need help right now');
    t.keys('C-c');
    await t.waitFor(/exit=\d+/);
  });

  it('a resize from 80 to 40 columns mid-session: the next screen is drawn for 40', async () => {
    const t = terminal(80, 30);
    t.type(`${talkcoach('run', 'example.yaml')}; echo "exit=$?"`);
    t.keys('Enter');
    await t.waitFor(asked('Is anyone in danger right now?'));
    t.keys('Enter');
    await t.waitFor(asked('What should we call them?'));
    // The program must have had SIGWINCH before the answer that draws the next screen: the device's
    // size is polled, then the name is seen typed (its echo comes after the signal is handled).
    await t.resize(40, 30);
    t.type('Sam');
    await t.waitForVisible(/› Sam$/m);
    t.keys('Enter');
    const screen = show('after the resize to 40', await t.waitForVisible(/Who is Sam to you\?[^]*crisis help now/));
    // Every line of the screen drawn after the resize fits in 40 columns (lines the terminal wrapped
    // are joined in the capture, so one drawn for 80 columns shows too long), none broken in a word.
    const lines = screen.slice(screen.lastIndexOf('✔ What should we call them?')).split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(screen).toContain('✔ What should we call them? Sam');
    // The last choice, two rows long at 40 columns, is shown whole.
    expect(screen).toMatch(/I need help right now \(crisis\s+lines\)/);
    t.keys('C-c');
    await t.waitFor(/exit=\d+/);
  });

  it('run > plan.txt on a terminal: the questions on the terminal, the plan in the file', async () => {
    const work = exampleFolder();
    const t = terminal(80, 30, work);
    t.type(`${talkcoach('run', 'example.yaml')} > plan.txt; echo "exit=$?"`);
    t.keys('Enter');
    show('the first question, standard output in plan.txt', await t.waitFor(asked('Is anyone in danger right now?')));
    t.keys('Enter');
    await t.waitFor(asked('What should we call them?'));
    t.type('Jo');
    t.keys('Enter');
    for (const [q, keys] of [
      ['Who is Jo to you?', ['Enter']],
      ['What worries has Jo mentioned?', ['Space', 'Enter']],
      ['Have you raised this with Jo before?', ['Down', 'Enter']],
    ] as const) {
      await t.waitFor(asked(q));
      t.keys(...keys);
    }
    // What next (issue 26), then the offer to practise (issue 15): n says no.
    await t.waitFor('What next?');
    t.keys('Enter');
    await t.waitFor('Practise the conversation now?');
    t.keys('n', 'Enter');
    await t.waitFor('Start again with new answers?');
    t.keys('n', 'Enter');
    const end = show('the end', await t.waitFor(/exit=\d+/));
    expect(end).toContain('The plan was written to standard output.');
    expect(end).toContain('exit=0');
    const piped = spawnSync(NODE, [BIN, 'run', EXAMPLE], {
      input: 'no\nJo\npartner\ncost\nno\n',
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '' },
    });
    expect(piped.status).toBe(0);
    expect(readFileSync(join(work, 'plan.txt'), 'utf8')).toBe(piped.stdout);
  });

  it('Ctrl-Z then fg resumes, the field kept; keys typed at once kept; a paste of 5,000 taken whole', async () => {
    const t = terminal(80, 30);
    t.type(talkcoach('run', 'example.yaml'));
    t.keys('Enter');
    await t.waitFor(asked('Is anyone in danger right now?'));
    // Enter and the name in one go, before the next prompt is drawn.
    t.keys('Enter', 'S', 'a', 'm');
    await t.waitFor(/What should we call them\?\n.*\n› Sam/);
    t.keys('C-z');
    show('after Ctrl-Z', await t.waitFor(/^\[1\]\+ +Stopped +talkcoach 'run' 'example\.yaml'$/m));
    expect(t.cursorVisible()).toBe(true);
    t.type('fg');
    t.keys('Enter');
    // Until fg, the screen ends with the shell's prompt; then the question is drawn again, the name kept.
    show('after fg', await t.waitFor(/What should we call them\?\n.*\n› Sam\n$/));
    t.keys('Enter');
    await t.waitFor(asked('Who is Sam to you?'));
    t.keys('Escape');
    show('back to the name', await t.waitForVisible(/What should we call them\?\n.*\n.*\n› \(Sam\)/));
    // A redraw of the whole field for each key would take minutes: the wait's deadline catches it.
    t.type('x'.repeat(5000));
    t.keys('Enter');
    await t.waitFor(/Who is\s+x+\s+to you\?/);
    // Ctrl-D stops and keeps the screen (Ctrl-C is the quick way out, which clears it).
    t.keys('C-d');
    await t.waitFor('talkcoach: stopped.');
  });

  it('--plain: a multiple choice said once with numbers, answered by typing them', async () => {
    const t = terminal(80, 30);
    t.type(`${talkcoach('run', 'example.yaml', '--plain')}; echo "exit=$?"`);
    t.keys('Enter');
    for (const [wait, typed] of [
      ['Type a number and press Enter.', '1'],
      ['Type your answer and press Enter', 'Sam'],
      ['Who is Sam to you?', '1'],
    ]) {
      await t.waitFor(wait!);
      t.type(typed!);
      t.keys('Enter');
    }
    const screen = show('--plain, a multiple choice', await t.waitForVisible('Type the numbers of all that apply'));
    expect(screen).toMatch(/What worries has Sam mentioned\?\n1\. Cost\n2\. Time\n3\. .*\n4\. Go back/);
    expect(screen).not.toMatch(/[❯◉◯✔←↑↓⏎│╭]/);
    t.type('1, 3');
    t.keys('Enter');
    await t.waitFor('Have you raised this with Sam before?');
    t.keys('C-c');
    await t.waitFor(/exit=\d+/);
  });
});
