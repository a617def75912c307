// The coach for a screen reader (--plain, TALKCOACH_PLAIN=1): each question and its numbered options
// said once, answered by typing numbers; nothing drawn again, no symbols, boxes or colour.
import { describe, expect, it } from 'vitest';
import { runPiped } from '../../src/frontends/piped.js';
import { fakeTerminal } from '../helpers/fake-terminal.js';
import { GB, loadFixture } from '../helpers/fixtures.js';
import { play, startCoach } from '../helpers/interactive.js';

const example = loadFixture('example.yaml');
const line = (s: string) => `${s}\n`;

describe('plain mode', () => {
  it('says a multiple choice once with numbers, and reads several numbers', async () => {
    const t = fakeTerminal();
    const run = startCoach(t, example, { plain: true });
    await play(t, [
      ['Type a number and press Enter.', line('1')],
      ['Type your answer and press Enter', line('Sam')],
      ['Who is Sam to you?', line('1')],
    ]);
    await t.waitFor('Type the numbers of all that apply');
    const screen = t.screen();
    const worries = screen.slice(screen.lastIndexOf('Question 4 of about'));
    expect(worries).toMatch(
      /^Question 4 of about \d+\.\nWhat worries has Sam mentioned\?\n(Why we ask: .*\n)?1\. Cost\n2\. Time\n3\. What people might think\n4\. Go back to the previous question\n5\. I need help right now \(crisis lines\)\nType the numbers of all that apply/,
    );
    // Nothing drawn in place, no symbols and no escape sequences at all.
    expect(t.raw()).not.toMatch(/\u001B/);
    expect(screen).not.toMatch(/[❯◉◯✔←↑↓⏎│╭]/);
    t.press(line('7'));
    await t.waitFor('Please type a number from 1 to 5');
    t.press(line('1, 3'));
    await play(t, [
      ['Have you raised this with Sam before?', line('2')],
      ['What next?', line('1')],
      ['Save this plan', line('n')],
      ['Start again', line('n')],
    ]);
    const [plan] = await run;
    const piped = await runPiped(example, ['no', 'Sam', 'partner', 'cost,stigma', 'no'], { crisis: GB.crisis });
    expect(plan).toEqual(piped.plan);
  });

  it('TALKCOACH_PLAIN=1 is the same as --plain; back and ! are words', async () => {
    const t = fakeTerminal({ env: { TALKCOACH_PLAIN: '1' } });
    startCoach(t, example);
    await play(t, [
      ['Type a number and press Enter.', line('1')],
      ['Type your answer and press Enter', line('Sam')],
      ['Who is Sam to you?', line('back')],
      ['You answered Sam before: press Enter alone to keep it.', line('')],
      ['Who is Sam to you?', line('!')],
      ['Samaritans', ''],
      ['Press Enter to go back to the question.', line('')],
      ['Who is Sam to you?', ''],
    ]);
    expect(t.raw()).not.toMatch(/\u001B/);
  });
});
