// The coach asks for the country when the locale names none (issue 20, item 6): once, at the first
// moment numbers matter, and the answer holds for the rest of the session. In-process, on the fake
// terminal.
import { describe, expect, it } from 'vitest';
import { runInteractive } from '../../src/frontends/interactive.js';
import { crisisFor } from '../../src/safety/crisis.js';
import { crisisSteps } from '../../src/scenario/crisis-steps.js';
import { fakeTerminal, KEY, type FakeTerminal } from '../helpers/fake-terminal.js';
import { loadFixture } from '../helpers/fixtures.js';
import { asked, play } from '../helpers/interactive.js';
import { yamlRoom } from '../../src/commands/rooms.js';

const example = loadFixture('example.yaml');
const { enter, down } = KEY;
const UNKNOWN = { crisis: crisisFor(null) };

function start(t: FakeTerminal, askRegion: boolean): void {
  const run = runInteractive(example, UNKNOWN, t.io, {}, { crisisSteps: () => crisisSteps(yamlRoom), askRegion });
  run.catch(() => undefined);
}

const QUESTION = 'Which country are you in?';

describe('asking for the country', () => {
  it('after "yes" to danger: asked once, then the lines and the plan are for the country chosen', async () => {
    // Guards against a person in danger getting no number and no way to give their country, and
    // against a plan made after the answer still holding the unknown region's advice.
    const t = fakeTerminal();
    start(t, true);
    await play(t, [
      [asked('Is anyone in danger right now?'), down, enter],
      [QUESTION, '1', enter],
      ['Crisis help now (the United States)', enter],
      [asked('What should we call them?'), 'Sam', enter],
      [asked('Who is Sam to you?'), '!'],
      ['Call or text 988', enter],
      [asked('Who is Sam to you?'), enter],
      [asked('What worries has Sam mentioned?'), enter],
      [asked('Have you raised this with Sam before?'), down, enter],
    ]);
    await t.waitFor('Crisis help now (the United States)');
    await t.waitFor('What next?');
    // Asked once, though numbers mattered three times (the note, !, the plan).
    const screen = t.screen();
    expect(screen).toContain(QUESTION);
    expect(screen.slice(screen.indexOf('from now on'))).not.toContain(QUESTION);
    t.press(KEY.ctrlC);
  });

  it('is not asked when no answer brings risk or fear', async () => {
    // Guards against an unneeded question for every person whose locale names no country.
    const t = fakeTerminal();
    start(t, true);
    await play(t, [
      [asked('Is anyone in danger right now?'), enter],
      [asked('What should we call them?'), 'Sam', enter],
      [asked('Who is Sam to you?'), enter],
      [asked('What worries has Sam mentioned?'), enter],
      [asked('Have you raised this with Sam before?'), down, enter],
    ]);
    await t.waitFor('What next?');
    expect(t.screen()).not.toContain(QUESTION);
    t.press(KEY.ctrlC);
  });

  it('"somewhere else" keeps the directory and never asks again', async () => {
    // Guards against asking at every crisis screen after the person said they are elsewhere.
    const t = fakeTerminal();
    start(t, true);
    await play(t, [
      [asked('Is anyone in danger right now?'), '4', enter],
      [QUESTION, '8', enter],
      ['Press Enter to go back', enter],
      [asked('Is anyone in danger right now?'), '4', enter],
      ['Press Enter to go back', enter],
    ]);
    const screen = t.screen();
    expect(screen).toContain('findahelpline.com');
    expect(screen.slice(screen.indexOf('No numbers are verified'))).not.toContain(QUESTION);
    t.press(KEY.ctrlC);
  });

  it('is never asked when the region is known (askRegion off)', async () => {
    // Guards against asking a person whose locale or --region already says where they are.
    const t = fakeTerminal();
    start(t, false);
    await play(t, [[asked('Is anyone in danger right now?'), down, enter]]);
    await t.waitFor('Ready to go on?');
    expect(t.screen()).not.toContain(QUESTION);
    t.press(KEY.ctrlC);
  });
});
