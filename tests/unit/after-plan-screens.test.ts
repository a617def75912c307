// What follows a plan on the terminal follows the plan (issue 20, item 4; clinical read U2): practice
// only where `plan.offers` has it, a careful save after fear or not saying, and saved files without
// the safety-plan details unless asked. Screens' `next` played as data; `show` on a terminal in memory.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/model.js';
import type { Stance } from '../../src/engine/model.js';
import type { Plan } from '../../src/engine/types.js';
import { lookFor } from '../../src/frontends/interactive.js';
import { runPiped } from '../../src/frontends/piped.js';
import { next, SCREENS } from '../../src/frontends/screens/index.js';
import { STDOUT, type Setup, type StateOf } from '../../src/frontends/screens/types.js';
import { drawNotice } from '../../src/frontends/screens/notices.js';
import type { PracticeSource } from '../../src/frontends/screens/practice-types.js';
import { Terminal } from '../../src/frontends/terminal.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { crisisFor } from '../../src/safety/crisis.js';
import { fakeTerminal, KEY, type FakeTerminal } from '../helpers/fake-terminal.js';
import { expectScreen, said } from '../helpers/screens.js';

const builtin = (id: string): Scenario =>
  loadScenarioFile(`${BUILTIN_DIR}/${id}.yaml`, { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;
const scenarios = { partner: builtin('partner'), myself: builtin('myself') };

/** A plan from answers written as piped lines (`a|b|c`), in the US (a verified domestic-abuse line). */
const planFrom = async (id: keyof typeof scenarios, lines: string): Promise<Plan> =>
  (await runPiped(scenarios[id], lines.split('|'), { crisis: crisisFor('US') })).plan;

// Never loaded: the offer screen is only reached, not shown, in these tests.
const practice: PracticeSource = { load: () => Promise.reject(new Error('not in this test')), random: Math.random };
const base: Setup = { choices: [], start: { crisis: crisisFor('US') }, crisisSteps: async () => [] };
const withPractice: Setup = { ...base, practice };

// Each stance, on a path the clinical read played; whether practice may follow.
const PATHS: [name: string, id: keyof typeof scenarios, lines: string, stance: Stance, practice: boolean][] = [
  ['ordinary partner', 'partner', 'no|Sam|no|cost,time|mood|steady|no|open', 'ordinary', true],
  ['afraid', 'partner', 'no|Sam|yes', 'afraid', false],
  ['undisclosed', 'partner', 'no|Sam|skip|cost|mood|steady|no|open', 'undisclosed', false],
  ['danger', 'partner', 'yes|Sam|no|denial|mood|fast|yes|not-now', 'danger', false],
  ['risk-unsure', 'partner', 'unsure|Alex|no||mood|worse|no|unsure', 'risk-unsure', true],
  ['urgent', 'partner', 'no|Sam|no|denial|drink|fast|no|not-now', 'urgent', true],
  ['self-at-risk (myself)', 'myself', 'yes|no|stigma,cost|no|not-now', 'self-at-risk', false],
  ['ordinary myself', 'myself', 'no|no|stigma|no|not-now', 'ordinary', false],
];

describe('practice is offered only where the plan offers it', () => {
  it.each(PATHS)('%s', async (_name, id, lines, stance, offered) => {
    // Guards against "Practise the conversation now? (Sam answers back)" after a fear plan, and in myself.
    const plan = await planFrom(id, lines);
    expect(plan.safety.stances).toContain(stance);
    expect(plan.offers.includes('practice')).toBe(offered);
    const after = next({ screen: 'plan-menu', plan, plans: [plan] }, 'on', withPractice);
    expect(after.screen).toBe(offered ? 'practice-offer' : 'save');
    // With --output, saving there comes next just the same.
    const output: Setup = { ...withPractice, output: { file: 'plan.md', format: 'markdown' } };
    expect(next({ screen: 'plan-menu', plan, plans: [plan] }, 'on', output).screen).toBe(
      offered ? 'practice-offer' : 'export',
    );
  });
});

let open: Terminal[] = [];
afterEach(() => {
  for (const t of open) t.close();
  open = [];
});
function terminal(): { fake: FakeTerminal; t: Terminal } {
  const fake = fakeTerminal({ env: { NO_COLOR: '1' } });
  const t = new Terminal(fake.io, () => lookFor(fake.io, {}));
  open.push(t);
  return { fake, t };
}

const FALSE_COMFORT = /only your user account/i;
/** Text as read, whatever the width it was wrapped to. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('saving after fear or not saying', () => {
  it.each([
    ['afraid', 'no|Sam|yes'],
    ['undisclosed', 'no|Sam|skip|cost|mood|steady|no|open'],
  ])('%s: warned first, the helpline shown, and Enter alone does not save', async (_name, lines) => {
    // Guards against the false comfort of "Only your user account" on a shared home computer.
    const plan = await planFrom('partner', lines);
    const { fake, t } = terminal();
    const answer = SCREENS.save.show({ screen: 'save', plan, plans: [plan] }, t, base);
    await fake.waitFor('Save it to a file anyway?');
    fake.press(KEY.enter);
    expect(await answer).toBe(false);
    const screen = oneLine(fake.screen());
    const warning = screen.indexOf('anyone who uses this computer, or knows its password, could find this file');
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(warning).toBeLessThan(screen.indexOf('Save it to a file anyway?'));
    expect(screen).toMatch(/It may be safer not to save it\. If you want to keep one thing, keep only the helpline/);
    expect(screen).toContain('1-800-799-7233');
    expect(screen).not.toMatch(FALSE_COMFORT);
    const declined = next({ screen: 'save', plan, plans: [plan] }, false, base);
    expect(said(declined)).toEqual(['terminal.save.declinedCareful']);
  });

  it('an ordinary plan is offered as before, without the warning', async () => {
    // Guards against frightening everyone with a warning meant for a person at risk at home.
    const plan = await planFrom('partner', PATHS[0]![2]);
    const { fake, t } = terminal();
    const answer = SCREENS.save.show({ screen: 'save', plan, plans: [plan] }, t, base);
    await fake.waitFor('Save this plan as a Markdown file?');
    // No hidden default here: Enter alone answers nothing and says how to answer (a stray Enter
    // held from the plan must not decide); n then Enter answers, and the answered line stays.
    fake.press(KEY.enter);
    await fake.waitFor('Type y for yes or n for no, then press Enter.');
    fake.press('n', KEY.enter);
    expect(await answer).toBe(false);
    // The answered line stays, from the first column (its wrapped lines hang under it).
    expect(fake.screen()).toMatch(/✔ Save this plan as a Markdown file\?[^✔?]* No\n/);
    expect(fake.screen()).not.toMatch(/ {2}✔ Save this plan/);
    expect(fake.screen()).not.toContain('anyone who uses this computer');
  });

  it('a careful save leaves out the code word and the grab-bag list, and says so without false comfort', async () => {
    // Guards against the code word ("umbrella") and where things are kept being written to a file.
    const plan = await planFrom('partner', 'no|Sam|yes');
    const { t } = terminal();
    const file = join(mkdtempSync(join(tmpdir(), 'talkcoach-after-plan-')), 'plan.md');
    const state: StateOf<'save-write'> = { screen: 'save-write', plan, plans: [plan], file, overwrite: false };
    const written = await SCREENS['save-write'].show(state, t, base);
    expect(written).toEqual({ saved: true });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('umbrella');
    expect(text).not.toContain('where you can grab them fast');
    expect(text).toContain('were left out of this file on purpose');
    expect(text).toContain('talk to a domestic-abuse advocate');
    const after = next(state, written, base);
    expect(said(after)).toEqual(['terminal.save.savedCareful']);
    expect(after.notices?.[0]).toMatchObject({ params: { name: file } });
  });

  it('--with-safety-details keeps them in the file', async () => {
    const plan = await planFrom('partner', 'no|Sam|yes');
    const { t } = terminal();
    const file = join(mkdtempSync(join(tmpdir(), 'talkcoach-after-plan-')), 'plan.md');
    const state: StateOf<'save-write'> = { screen: 'save-write', plan, plans: [plan], file, overwrite: false };
    await SCREENS['save-write'].show(state, t, { ...base, withSafetyDetails: true });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('umbrella');
    expect(text).not.toContain('left out of this file on purpose');
  });

  it('--output FILE leaves them out in any format; standard output keeps them', async () => {
    // Guards against -o plan.json or -o plan.txt carrying what a Markdown file leaves out.
    const plan = await planFrom('partner', 'no|Sam|yes');
    const dir = mkdtempSync(join(tmpdir(), 'talkcoach-after-plan-'));
    for (const format of ['text', 'markdown', 'json'] as const) {
      const { t } = terminal();
      const file = join(dir, `plan.${format}`);
      const state: StateOf<'export'> = { screen: 'export', plan, plans: [plan], file, format };
      expect(await SCREENS.export.show(state, t, base)).toBe(true);
      const text = oneLine(readFileSync(file, 'utf8'));
      expect(text, format).not.toContain('umbrella');
      expect(text, format).toContain('left out of this file on purpose');
      expect(said(next(state, true, base))).toEqual(['terminal.save.savedCareful']);
    }
    let out = '';
    const fake = fakeTerminal();
    const t = new Terminal(fake.io, () => lookFor(fake.io, {}), { write: (s: string) => (out += s) });
    open.push(t);
    const state: StateOf<'export'> = { screen: 'export', plan, plans: [plan], file: STDOUT, format: 'text' };
    await SCREENS.export.show(state, t, base);
    expect(out).toContain('umbrella');
  });
});

describe('the word after not saving', () => {
  it.each([
    [false, 'Esc twice (or Ctrl-C) clears the screen'],
    [true, 'you may want to clear the screen'],
  ])('plain %s: names only keys that work there', (plain, words) => {
    // Guards against telling a screen-reader user (line mode, where Esc is typed text) to press Esc twice.
    const fake = fakeTerminal();
    const t = new Terminal(fake.io, () => lookFor(fake.io, { plain }));
    open.push(t);
    drawNotice({ kind: 'message', id: 'terminal.save.declinedCareful' }, t);
    expect(oneLine(fake.screen())).toContain(words);
    expect(fake.screen().includes('Esc')).toBe(!plain);
  });
});

describe('after the plan, the check-in and saving still follow', () => {
  it('a plan without practice on offer goes to saving even when practice could load', async () => {
    const plan = await planFrom('partner', 'no|Sam|yes');
    const declined = next({ screen: 'save', plan, plans: [plan] }, false, withPractice);
    expect(expectScreen(declined, 'again').plans).toEqual([plan]);
  });
});
