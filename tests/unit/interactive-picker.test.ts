// The interactive coach's first screens, in-process on a terminal in memory: the welcome, the list
// of situations (with crisis help last), and a clear message when no scenario loads.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TalkcoachError } from '../../src/errors.js';
import { choosable } from '../../src/frontends/interactive.js';
import type { Scenario } from '../../src/engine/model.js';
import { fakeTerminal, KEY } from '../helpers/fake-terminal.js';
import { fixture, loadFixture } from '../helpers/fixtures.js';
import { asked, play, startCoach } from '../helpers/interactive.js';

const example = loadFixture('example.yaml');
const { enter } = KEY;
const tempDir = () => mkdtempSync(join(tmpdir(), 'talkcoach-picker-'));

describe('the welcome and the picker', () => {
  function scenarioFolder(): string {
    const dir = tempDir();
    mkdirSync(join(dir, 'shared'));
    copyFileSync(fixture('example.yaml'), join(dir, 'example.yaml'));
    copyFileSync(fixture('shared/basics.yaml'), join(dir, 'shared', 'basics.yaml'));
    copyFileSync(fixture('minimal.yaml'), join(dir, 'minimal.yaml'));
    writeFileSync(join(dir, 'broken.yaml'), 'format: 1\n');
    return dir;
  }

  it('says what it does, that it stays here, that it is not therapy, and how to get crisis help', async () => {
    const t = fakeTerminal();
    startCoach(t, undefined, { scenarios: [scenarioFolder()] });
    await t.waitFor('Which is closest to your situation?');
    // As read, across the wrapped lines and the box edges.
    const screen = t.screen().replace(/[│\s]+/g, ' ');
    expect(screen).toContain('then a plan for talking with them');
    expect(screen).toContain('stays on this computer. Nothing is saved unless you ask.');
    expect(screen).toContain('not therapy');
    expect(screen).toContain('talkcoach crisis');
    t.press(KEY.ctrlC);
  });

  it('lists the scenarios that load (built in first), crisis help last; ! shows the lines, then the list', async () => {
    const t = fakeTerminal();
    const run = startCoach(t, undefined, { scenarios: [scenarioFolder()] });
    await t.waitFor('Which is closest to your situation?');
    await t.waitFor('↑↓');
    const list = t.screen().slice(t.screen().lastIndexOf('Which is closest'));
    const entries = [...list.matchAll(/^. (\d+)\. (.+)$/gm)].map((m) => m[2]);
    expect(entries.slice(-3)).toEqual([
      'Talking with someone you care about (test example)',
      'Minimal',
      'I need help right now (crisis lines)',
    ]);
    const number = entries.indexOf('Talking with someone you care about (test example)') + 1;
    t.press('!');
    await t.waitFor('Crisis help now');
    await t.waitFor('Press Enter to go back to the list.');
    t.press(enter);
    await t.waitFor('Which is closest to your situation?');
    t.press(String(number), enter);
    await play(t, [
      [asked('Is anyone in danger right now?'), enter],
      [asked('What should we call them?'), enter],
      [asked('Who is them to you?'), enter],
      [asked('What worries'), enter],
      [asked('Have you raised'), enter],
      ['What next?', enter],
      ['Save this plan', 'n', enter],
      ['Start again', 'n', enter],
    ]);
    expect((await run)[0]!.scenario.id).toBe('example');
  });

  it.each<[string, { scenario: Scenario | undefined }[], RegExp]>([
    ['none at all', [], /add a folder with --scenarios DIR/],
    [
      'only files with problems',
      [{ scenario: undefined }, { scenario: undefined }],
      /2 scenario files have problems: run talkcoach list, then talkcoach validate/,
    ],
  ])('with no scenario that loads (%s), says so plainly', (_name, entries, detail) => {
    let error: unknown;
    try {
      choosable(entries);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TalkcoachError);
    expect((error as TalkcoachError).message).toBe('there are no scenarios to choose from');
    expect((error as TalkcoachError).details.join('\n')).toMatch(detail);
    expect(choosable([{ scenario: undefined }, { scenario: example }])).toEqual([example]);
  });
});
