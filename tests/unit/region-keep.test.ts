// The coach offers to remember a country it asked for (issue 26, item 1): a calm yes or no after the
// region question, kept with `talkcoach config`'s code, so it is never asked again. Where the
// question came on the way to crisis help, the offer waits for the end of the session.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseRegion } from '../../src/commands/region.js';
import { yamlRoom } from '../../src/commands/rooms.js';
import { runInteractive } from '../../src/frontends/interactive.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { crisisSteps } from '../../src/scenario/crisis-steps.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { crisisFor } from '../../src/safety/crisis.js';
import type { Scenario } from '../../src/engine/model.js';
import { fakeTerminal, KEY } from '../helpers/fake-terminal.js';
import { loadFixture } from '../helpers/fixtures.js';
import { asked, play } from '../helpers/interactive.js';

const { enter, down } = KEY;
const UNKNOWN = { crisis: crisisFor(null) };
const partner = loadScenarioFile(`${BUILTIN_DIR}/partner.yaml`, { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;
const example = loadFixture('example.yaml');
const OFFER = 'Remember the United States for next time?';

function coach(scenario: Scenario) {
  const config = mkdtempSync(join(tmpdir(), 'talkcoach-region-keep-'));
  const t = fakeTerminal({ env: { XDG_CONFIG_HOME: config, HOME: config } });
  const run = runInteractive(
    scenario,
    UNKNOWN,
    t.io,
    {},
    { crisisSteps: () => crisisSteps(yamlRoom), askRegion: true },
  );
  run.catch(() => undefined);
  return { t, file: join(config, 'talkcoach', 'config.json'), env: t.io.env };
}

describe('remembering the country asked for', () => {
  it('yes keeps it (mode 0600), says where, and the next run is not asked', async () => {
    // Guards against a region that must be given every time.
    const { t, file, env } = coach(partner);
    await play(t, [
      [asked('First, a safety question.'), enter],
      [asked('What do you call your partner?'), 'Sam', enter],
      [asked('Do you ever feel afraid of Sam'), '2', enter],
      ['Which country are you in?', '1', enter],
    ]);
    await t.waitFor(OFFER);
    // A calm yes or no: Enter alone does not answer it.
    t.press(enter);
    await t.waitFor('Type y for yes or n for no');
    t.press('y', enter);
    await t.waitFor('Kept in');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ region: 'US' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(t.screen().replace(/\s+/g, ' ')).toContain(`Kept in ${file}.`);
    const stderr = { write: () => true };
    const next = chooseRegion({}, { stdin: t.io.stdin, stdout: t.io.stdout, stderr, env });
    expect(next.region).toBe('US');
    expect(next.unsaid).toBeUndefined();
    t.press(KEY.ctrlC);
  });

  it('on the way to crisis help the lines come first; the offer waits for the end, and no keeps nothing', async () => {
    // Guards against a question standing between a person in danger and the crisis lines.
    const { t, file } = coach(example);
    await play(t, [
      [asked('Is anyone in danger right now?'), down, enter],
      ['Which country are you in?', '1', enter],
    ]);
    await t.waitFor('Ready to go on?');
    expect(t.screen()).toContain('Crisis help now (the United States)');
    expect(t.screen()).not.toContain(OFFER);
    await play(t, [
      ['Continue', enter],
      [asked('What should we call them?'), 'Sam', enter],
      [asked('Who is Sam to you?'), enter],
      [asked('What worries has Sam mentioned?'), enter],
      [asked('Have you raised this with Sam before?'), down, enter],
      ['What next?', enter],
      ['Save this plan', 'n', enter],
      [OFFER, 'n', enter],
      ['Start again', 'n', enter],
    ]);
    await t.waitFor('Take care of yourself');
    expect(existsSync(file)).toBe(false);
  });
});
