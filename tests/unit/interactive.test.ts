// The interactive front end in-process, on a terminal in memory, with the real @inquirer prompts:
// the same answers give the same plan as the piped run; going back; crisis help; saving; stopping.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TalkcoachError } from '../../src/errors.js';
import type { InteractiveFlags } from '../../src/frontends/interactive.js';
import { runPiped } from '../../src/frontends/piped.js';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import { fakeTerminal, KEY, type FakeTerminal } from '../helpers/fake-terminal.js';
import { GB, loadFixture } from '../helpers/fixtures.js';
import { asked, play, startCoach, type Play } from '../helpers/interactive.js';

const example = loadFixture('example.yaml');
const { enter, down, space, escape } = KEY;
const tempDir = () => mkdtempSync(join(tmpdir(), 'talkcoach-interactive-'));
const start = (t: FakeTerminal, flags: InteractiveFlags = {}) => startCoach(t, example, flags);

const pipedPlan = async (lines: string[]) => (await runPiped(example, lines, GB)).plan;

const saveAs = (file: string): Play[] => [
  ['What next?', enter],
  ['Save this plan', 'y', enter],
  ['File name', file, enter],
  ['Start again', 'n', enter],
];

describe('the same answers give the same plan as the piped run', () => {
  it.each<[string, (file: string) => Play[], string[]]>([
    [
      'calm, going back once to change the name',
      (file) => [
        [asked('Is anyone in danger right now?'), enter],
        [asked('What should we call them?'), 'Sam', enter],
        [asked('Who is Sam to you?'), escape],
        [asked('What should we call them?'), 'Jo', enter],
        [asked('Who is Jo to you?'), enter],
        [asked('What worries has Jo mentioned?'), space, down, down, space, enter],
        [asked('Have you raised this with Jo before?'), down, enter],
        ...saveAs(file),
      ],
      ['no', 'Jo', 'partner', 'cost,stigma', 'no'],
    ],
    [
      'back to the name: shown as the answer to keep, and Enter keeps it',
      (file) => [
        [asked('Is anyone in danger right now?'), enter],
        [asked('What should we call them?'), 'Sam', enter],
        [asked('Who is Sam to you?'), escape],
        [/What should we call them\?\n.*\n.*\n› \(Sam\)/, enter],
        [asked('Who is Sam to you?'), enter],
        [asked('What worries has Sam mentioned?'), enter],
        [asked('Have you raised this with Sam before?'), down, enter],
        ...saveAs(file),
      ],
      ['no', 'Sam', 'partner', '', 'no'],
    ],
    [
      'at risk, going back past the crisis note to change the safety answer',
      (file) => [
        [asked('Is anyone in danger right now?'), down, enter],
        ['Ready to go on?', enter],
        [asked('What should we call them?'), escape],
        // Back on the safety question, the earlier answer is highlighted: choose by number.
        [asked('Is anyone in danger right now?'), '3', enter],
        ['Ready to go on?', enter],
        [asked('What should we call them?'), enter],
        [asked('Who is them to you?'), down, enter],
        [asked('What worries has them mentioned?'), enter],
        [asked('Have you raised this with them before?'), enter],
        ...saveAs(file),
      ],
      ['unsure', '', 'friend', '', 'yes'],
    ],
  ])('%s', async (_name, steps, pipedLines) => {
    const file = join(tempDir(), 'plan.md');
    const t = fakeTerminal();
    const run = start(t);
    await play(t, steps(file));
    const plans = await run;
    const piped = await pipedPlan(pipedLines);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toEqual(piped);
    // The saved file is the whole plan, dated, without the answers.
    const now = new Date();
    const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    expect(readFileSync(file, 'utf8')).toBe(renderPlanMarkdown(piped, { full: true, date }));
    expect(readFileSync(file, 'utf8')).toContain(`Made on ${date}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // The line may wrap on a narrow screen.
    expect(t.screen().replace(/\s+/g, ' ')).toContain(`Saved to ${file}. Only your user account can read it.`);
  });
});

describe('on the way', () => {
  it('! at a list shows the crisis lines and steps (as talkcoach crisis does), then the question again', async () => {
    const t = fakeTerminal();
    start(t);
    await play(t, [
      [asked('Is anyone in danger right now?'), enter],
      [asked('What should we call them?'), 'Sam', enter],
      [asked('Who is Sam to you?'), '!'],
    ]);
    // The steps, then the lines right above the prompt, where they stay on screen.
    await t.waitFor('What to do now');
    await t.waitFor('Ask them straight out');
    await t.waitFor('Crisis help now (the United Kingdom)');
    await t.waitFor('Samaritans: Call 116 123');
    await t.waitFor('Press Enter to go back to the question.');
    t.press(enter);
    await t.waitFor('the question is still here');
    await t.waitFor(asked('Who is Sam to you?'));
    t.press(KEY.ctrlC);
  });

  it('"help" at a text question shows the crisis lines and keeps the question', async () => {
    const t = fakeTerminal();
    start(t);
    await play(t, [
      [asked('Is anyone in danger right now?'), enter],
      [asked('What should we call them?'), 'help', enter],
    ]);
    await t.waitFor('Crisis help now');
    await t.waitFor('Press Enter to go back to the question.');
    t.press(enter);
    await t.waitFor(asked('What should we call them?'));
    t.press(KEY.ctrlC);
  });

  it('the crisis choice in a list does the same', async () => {
    const t = fakeTerminal();
    start(t);
    await play(t, [[asked('Is anyone in danger right now?'), '4', enter]]);
    await t.waitFor('Crisis help now');
    await t.waitFor('Press Enter to go back to the question.');
    t.press(enter);
    await t.waitFor(asked('Is anyone in danger right now?'));
    t.press(KEY.ctrlC);
  });

  it.each([
    ['Ctrl-C', KEY.ctrlC],
    ['Ctrl-D', KEY.ctrlD],
  ])('%s at a question stops with the interrupted error and writes nothing', async (_name, key) => {
    const t = fakeTerminal();
    const run = start(t);
    await play(t, [
      [asked('Is anyone in danger right now?'), enter],
      [asked('What should we call them?'), 'Sa', key],
    ]);
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TalkcoachError);
    expect((error as TalkcoachError).kind).toBe('interrupted');
    expect((error as TalkcoachError).exitCode).toBe(130);
    expect(t.screen()).not.toContain('Saved');
  });
});

describe('at the end', () => {
  const toPlan: Play[] = [
    [asked('Is anyone in danger right now?'), enter],
    [asked('What should we call them?'), 'Sam', enter],
    [asked('Who is Sam to you?'), enter],
    [asked('What worries has Sam mentioned?'), enter],
    [asked('Have you raised this with Sam before?'), enter],
  ];

  it('never replaces a file without asking: No asks for another name', async () => {
    const dir = tempDir();
    const taken = join(dir, 'taken.md');
    writeFileSync(taken, 'keep me');
    const t = fakeTerminal();
    const run = start(t);
    await play(t, [
      ...toPlan,
      ['What next?', enter],
      ['Save this plan', 'y', enter],
      ['File name', taken, enter],
      ['already exists. Replace it?', 'n', enter],
      ['File name', join(dir, 'other.md'), enter],
      ['Start again', 'n', enter],
    ]);
    await run;
    expect(readFileSync(taken, 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).toMatch(/^# Coming back to it with Sam/);
  });

  it('replaces it when the person says yes', async () => {
    const dir = tempDir();
    const taken = join(dir, 'taken.md');
    writeFileSync(taken, 'old');
    const t = fakeTerminal();
    const run = start(t);
    await play(t, [
      ...toPlan,
      ['What next?', enter],
      ['Save this plan', 'y', enter],
      ['File name', taken, enter],
      ['Replace it?', 'y', enter],
      ['Start again', 'n', enter],
    ]);
    await run;
    expect(readFileSync(taken, 'utf8')).toMatch(/^# Coming back to it with Sam/);
    expect(statSync(taken).mode & 0o777).toBe(0o600);
  });

  it('a save that fails says why and offers another name', async () => {
    const dir = tempDir();
    const t = fakeTerminal();
    const run = start(t);
    await play(t, [
      ...toPlan,
      ['What next?', enter],
      ['Save this plan', 'y', enter],
      ['File name', join(dir, 'missing', 'plan.md'), enter],
      ['Try another file name?', 'y', enter],
      ['File name', join(dir, 'plan.md'), enter],
      ['Start again', 'n', enter],
    ]);
    await run;
    expect(t.screen().replace(/\s+/g, ' ')).toContain('the folder does not exist. Nothing was written.');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('saves nothing unless asked, and can start again', async () => {
    const t = fakeTerminal();
    const run = start(t);
    await play(t, [
      ...toPlan,
      ['What next?', enter],
      ['Save this plan', 'n', enter],
      ['Start again', 'y', enter],
      [asked('Is anyone in danger right now?'), enter],
      [asked('What should we call them?'), 'Jo', enter],
      [asked('Who is Jo to you?'), enter],
      [asked('What worries has Jo mentioned?'), enter],
      [asked('Have you raised this with Jo before?'), enter],
      ['What next?', enter],
      ['Save this plan', 'n', enter],
      ['Start again', 'n', enter],
    ]);
    const plans = await run;
    expect(plans.map((p) => p.title)).toEqual(['Coming back to it with Sam', 'Coming back to it with Jo']);
    expect(t.screen()).toContain('Not saved. Nothing was written.');
    expect(t.screen()).toContain('Take care of yourself as well.');
  });

  it('--output saves in the chosen format without asking', async () => {
    const file = join(tempDir(), 'plan.json');
    const t = fakeTerminal();
    const run = start(t, { output: file, format: 'json' });
    await play(t, [...toPlan, ['What next?', enter], ['Start again', 'n', enter]]);
    await run;
    expect(JSON.parse(readFileSync(file, 'utf8')).title).toBe('Coming back to it with Sam');
    expect(t.screen()).not.toContain('Save this plan');
  });
});
