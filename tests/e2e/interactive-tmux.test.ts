// The interactive coach on a real terminal (tmux): the built binary, keys as a person presses them,
// the screen read back. Set TALKCOACH_TRANSCRIPT=FILE to keep the whole first session's screen.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT } from '../helpers/cli.js';
import { exampleFolder, talkcoach, Tmux, tmuxTerminals } from '../helpers/tmux.js';

const EXAMPLE = join(ROOT, 'tests/fixtures/example.yaml');
/** A question as a live prompt: its progress line right above it. */
const asked = (text: string) => new RegExp(`of about \\d+\\n${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const openTerminal = tmuxTerminals();
function terminal(columns: number, cwd: string, env: Record<string, string> = {}): Tmux {
  return openTerminal({ columns, rows: 30, cwd, env });
}

describe('the interactive coach in a real terminal', () => {
  it('welcome, picker, answers, back once to change one, the plan, saved with mode 0600 (80 columns)', async () => {
    const work = exampleFolder();
    const t = terminal(80, work);
    t.type(`${talkcoach('--scenarios', '.')}; echo "exit=$?"`);
    t.keys('Enter');

    const welcome = await t.waitFor('Which is closest to your situation?');
    expect(welcome).toContain('Everything stays on this computer. Nothing is saved unless you ask.');
    expect(welcome).toContain('This is not therapy, and not a substitute for professional help.');
    expect(welcome).toMatch(/Crisis help right now: .*press ! at any\s+question, or run: talkcoach crisis/);
    // The built-in scenarios come first; the example is chosen by its number.
    const picker = await t.waitFor(/\d+\. I need help right now \(crisis lines\)/);
    const number = /(\d+)\. Talking with someone you care about \(test example\)/.exec(picker)?.[1];
    expect(number).toBeDefined();
    t.type(number!);
    t.keys('Enter');

    await t.waitFor(asked('Is anyone in danger right now?'));
    t.keys('Enter');
    await t.waitFor(asked('What should we call them?'));
    t.type('Sam');
    t.keys('Enter');
    await t.waitFor(asked('Who is Sam to you?'));
    // Back once, and change the name.
    t.keys('Escape');
    await t.waitFor(asked('What should we call them?'));
    t.type('Jo');
    t.keys('Enter');
    const relationship = await t.waitFor(asked('Who is Jo to you?'));
    expect(relationship).toContain('Question 3 of about 5');
    expect(relationship).toContain('← Back');
    expect(relationship).toContain('I need help right now (crisis lines)');
    expect(relationship).toContain('Esc back · ! crisis help now');
    t.keys('Enter');
    await t.waitFor(asked('What worries has Jo mentioned?'));
    t.keys('Space', 'Down', 'Down', 'Space', 'Enter');
    await t.waitFor(asked('Have you raised this with Jo before?'));
    t.keys('Down', 'Enter');

    // After the plan, what next (issue 26); then the offer to practise (issue 15): n says no.
    await t.waitFor('What next?');
    t.keys('Enter');
    await t.waitFor('Practise the conversation now?');
    t.keys('n', 'Enter');
    const plan = await t.waitFor('Save this plan as a Markdown file?');
    expect(plan).toContain(
      '✔ What should we call them? Sam\n↩ Back to the previous question.\n✔ What should we call them? Jo',
    );
    expect(plan).toMatch(/│ A first, gentle talk with Jo +│/);
    expect(plan).toMatch(/│ Crisis help now \(the United Kingdom\) +│/);
    t.keys('y', 'Enter');
    await t.waitFor('File name: (talkcoach-plan.md)');
    t.keys('Enter');
    await t.waitFor('Start again with new answers?');
    t.keys('n', 'Enter');
    const end = await t.waitFor(/exit=\d+/);
    // The full path, so the person knows where it went (whatever it is, and however it wraps).
    expect(end.replace(/\s+/g, ' ')).toMatch(
      /Saved to \/\S+\/talkcoach-plan\.md\. Only your user account can read it\./,
    );
    expect(end).toContain('exit=0');
    if (process.env.TALKCOACH_TRANSCRIPT) writeFileSync(process.env.TALKCOACH_TRANSCRIPT, t.capture());

    const saved = join(work, 'talkcoach-plan.md');
    expect(readdirSync(work).sort()).toEqual(['example.yaml', 'shared', 'talkcoach-plan.md']);
    expect(statSync(saved).mode & 0o777).toBe(0o600);
    // The same answers, piped, give the same plan.
    const piped = spawnSync(NODE, [BIN, 'run', EXAMPLE, '--format', 'markdown'], {
      input: 'no\nJo\npartner\ncost,stigma\nno\n',
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '' },
    });
    expect(piped.status).toBe(0);
    // The saved file is dated; apart from that line it is the piped plan.
    const file = readFileSync(saved, 'utf8');
    expect(file).toMatch(/\n_Made on \d{4}-\d{2}-\d{2}_\n/);
    expect(file.replace(/\n\n_Made on \d{4}-\d{2}-\d{2}_/, '')).toBe(piped.stdout);
  });

  it('at 60 columns the plan fits, boxes whole; Ctrl-C at a prompt exits 130, the terminal sane', async () => {
    const work = exampleFolder();
    const t = terminal(60, work);
    t.type(`${talkcoach('run', 'example.yaml')}; echo "exit=$?"`);
    t.keys('Enter');
    await t.waitFor(asked('Is anyone in danger right now?'));
    t.keys('Down', 'Enter');
    // The crisis note after a worrying answer.
    const note = await t.waitFor('Ready to go on?');
    expect(note).toContain('First, safety');
    expect(note).toMatch(/│ Crisis help now \(the United Kingdom\) +│/);
    t.keys('Enter');
    for (const [question, keys] of [
      ['What should we call them?', ['Enter']],
      ['Who is them to you?', ['Enter']],
      ['What worries has them mentioned?', ['Enter']],
      ['Have you raised this with them before?', ['Down', 'Enter']],
    ] as const) {
      await t.waitFor(asked(question));
      t.keys(...keys);
    }
    // "Yes" to danger: no practice offer (plan.offers, issue 20); saving comes next.
    await t.waitFor('What next?');
    t.keys('Enter');
    const screen = await t.waitFor('Save this plan as a Markdown file?');
    expect(screen).not.toContain('Practise the conversation now?');
    const boxLines = screen.split('\n').filter((l) => /^[│╭╰]/.test(l));
    expect(boxLines.length).toBeGreaterThan(10);
    // A box drawn wider than the terminal would wrap, leaving lines without their right edge.
    for (const line of boxLines) expect(line).toMatch(/[│╮╯]$/);
    expect(screen).toContain('Say: “Is now an okay time to talk about something');

    // Ctrl-C is the quick way out: the screen and scrollback cleared, nothing said.
    t.keys('C-c');
    const after = await t.waitFor(/exit=\d+/);
    expect(after).not.toContain('talkcoach');
    expect(after).toContain('exit=130');
    expect(readdirSync(work).sort()).toEqual(['example.yaml', 'shared']);
    // The terminal is sane: echo and line editing back on, cursor visible, the shell answers.
    // The marker is typed split in two, so only the command's output holds it whole.
    t.type(
      'stty -a | tr " ;" "\\n\\n" | grep -x -e echo -e icanon -e -echo -e -icanon | sort | tr "\\n" " "; ' +
        'echo "=""=modes"',
    );
    t.keys('Enter');
    const modes = await t.waitFor(/==modes$/m);
    expect(modes).toMatch(/^echo icanon ==modes$/m);
    expect(t.cursorVisible()).toBe(true);
  });

  it('Ctrl-D at a text question stops too: one line, exit 130', async () => {
    const t = terminal(80, exampleFolder());
    t.type(`${talkcoach('run', 'example.yaml')}; echo "exit=$?"`);
    t.keys('Enter');
    await t.waitFor(asked('Is anyone in danger right now?'));
    t.keys('Enter');
    await t.waitFor(asked('What should we call them?'));
    t.keys('C-d');
    const after = await t.waitFor(/exit=\d+/);
    expect(after.match(/talkcoach: stopped\. Take care of yourself\./g)).toHaveLength(1);
    expect(after).toContain('exit=130');
  });

  it('colour carries meaning on a colour terminal, and NO_COLOR or --no-color turn it off', async () => {
    const runToPlan = async (t: Tmux, args: string[]) => {
      t.type(`${talkcoach('run', 'example.yaml', ...args)}; echo "exit=$?"`);
      t.keys('Enter');
      await t.waitFor(asked('Is anyone in danger right now?'));
      t.keys('Down', 'Enter');
      await t.waitFor('Ready to go on?');
      t.keys('Enter');
      for (const q of [
        'What should we call them?',
        'Who is them to you?',
        'What worries has them mentioned?',
        'Have you raised this with them before?',
      ]) {
        await t.waitFor(asked(q));
        t.keys('Enter');
      }
      // "Yes" to danger: no practice offer (issue 20). Ctrl-D stops and keeps the screen to read.
      await t.waitFor('What next?');
      t.keys('Enter');
      await t.waitFor('Save this plan as a Markdown file?');
      t.keys('C-d');
      await t.waitFor(/exit=\d+/);
      return t.capture({ escapes: true });
    };
    const coloured = await runToPlan(terminal(80, exampleFolder()), []);
    // tmux re-encodes attributes; red is 31 (the crisis box and safety steps), green 32 (say this).
    expect(coloured).toMatch(/\u001B\[31m╭/);
    expect(coloured).toMatch(/\u001B\[32m {3}Say: /);
    const colourCode = /\u001B\[[0-9;]*3[1-7]m/;
    expect(await runToPlan(terminal(80, exampleFolder(), { NO_COLOR: '1' }), [])).not.toMatch(colourCode);
    expect(await runToPlan(terminal(80, exampleFolder()), ['--no-color'])).not.toMatch(colourCode);
  });
});
