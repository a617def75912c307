// The whole plan in the session (issue 26, item 2): after the plan, "More" (what --full shows) and
// "See the plan again", a page at a time with `less`-like keys and the crisis lines one key away;
// --plain says it whole.
import { renderPrompt as render } from '../helpers/render-prompt.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/engine/types.js';
import { lookFor } from '../../src/frontends/interactive.js';
import { pager, type PagerConfig } from '../../src/frontends/pager.js';
import { runPiped } from '../../src/frontends/piped.js';
import { next, SCREENS } from '../../src/frontends/screens/index.js';
import type { Setup } from '../../src/frontends/screens/types.js';
import { leftOut } from '../../src/frontends/screens/plan-menu.js';
import { Terminal } from '../../src/frontends/terminal.js';
import { makeLook, renderPlanScreen } from '../../src/render/screen.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { crisisFor } from '../../src/safety/crisis.js';
import { fakeTerminal, KEY } from '../helpers/fake-terminal.js';
import { expectScreen } from '../helpers/screens.js';

const TEXT = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`);
const CRISIS = ['Crisis help now', 'Call 116 123'];
const config: PagerConfig = {
  lines: TEXT,
  crisis: CRISIS,
  rows: 10,
  width: 40,
  footer: (from, to, count) => `Lines ${from}-${to} of ${count} · q back`,
  crisisFooter: 'c: back',
};

/** The text lines on screen (not the footer). */
const shown = (screen: string) => screen.split('\n').filter((l) => /^line \d+$/.test(l));

describe('the pager', () => {
  it('pages with less keys, never taller than its rows, and c shows the crisis lines in place', async () => {
    const d = await render(pager, config);
    let screen = d.getScreen();
    // Guards against a page taller than the terminal, which leaves copies in the scrollback.
    expect(screen.split('\n')).toHaveLength(10);
    expect(shown(screen)).toEqual(TEXT.slice(0, 9));
    expect(screen).toContain('Lines 1-9 of 100');
    d.events.keypress('space');
    expect(shown(d.getScreen())).toEqual(TEXT.slice(9, 18));
    d.events.keypress('b');
    expect(shown(d.getScreen())[0]).toBe('line 1');
    d.events.keypress('down');
    expect(shown(d.getScreen())[0]).toBe('line 2');
    d.events.keypress({ name: 'g', shift: true } as never);
    expect(shown(d.getScreen()).at(-1)).toBe('line 100');
    expect(d.getScreen()).toContain('Lines 92-100 of 100');
    // The crisis lines are one key away, and the next key goes back to the same place.
    d.events.keypress('c');
    screen = d.getScreen();
    expect(screen).toContain('Call 116 123');
    expect(shown(screen)).toEqual([]);
    d.events.keypress('c');
    expect(shown(d.getScreen()).at(-1)).toBe('line 100');
    d.events.keypress('g');
    expect(shown(d.getScreen())[0]).toBe('line 1');
    d.events.keypress('q');
    await expect(d.answer).resolves.toBeUndefined();
  });

  it('opens at the line asked for', async () => {
    const d = await render(pager, { ...config, start: 40 });
    expect(shown(d.getScreen())[0]).toBe('line 41');
  });
});

const partner = loadScenarioFile(`${BUILTIN_DIR}/partner.yaml`, { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;
const base: Setup = { choices: [], start: { crisis: crisisFor('GB') }, crisisSteps: async () => [] };
const open: Terminal[] = [];
afterEach(() => open.splice(0).forEach((t) => t.close()));

async function ordinaryPlan(): Promise<Plan> {
  const lines = 'no|Sam|no|cost,time|mood|steady|no|open'.split('|');
  return (await runPiped(partner, lines, { crisis: crisisFor('GB') })).plan;
}

describe('after the plan', () => {
  it('the plan leads to the choice; More and the plan again come back to it; Go on goes on', async () => {
    const plan = await ordinaryPlan();
    const plans = [plan];
    const menu = expectScreen(next({ screen: 'plan', plan, plans }, undefined, base), 'plan-menu');
    expect(expectScreen(next(menu, 'more', base), 'plan-menu').view).toBe('more');
    expect(expectScreen(next(menu, 'again', base), 'plan-menu').view).toBe('again');
    expect(next(menu, 'on', base).screen).toBe('save');
    const crisis = expectScreen(next(menu, 'crisis', base), 'crisis');
    expect(crisis.then.screen).toBe('plan-menu');
  });

  it('the plan on the terminal points to the choice, not to --full', async () => {
    // Guards against "Run with --full to see them all": not something a person can do in the session.
    const plan = await ordinaryPlan();
    const text = renderPlanScreen(plan, makeLook(0, false, 80)).replace(/\s+/g, ' ');
    expect(text).toContain(`${leftOut(plan)} more ideas were left out to keep this short. Choose "More" below`);
    expect(text).not.toContain('--full');
  });

  it('More opens the whole plan at "More, if you want it", paged, then the choice again', async () => {
    // Guards against a pager that opens at the top, far from what "More" promised.
    const plan = await ordinaryPlan();
    expect(leftOut(plan)).toBeGreaterThan(0);
    const fake = fakeTerminal({ env: { NO_COLOR: '1' } });
    Object.assign(fake.io.stdout, { rows: 20 });
    const t = new Terminal(fake.io, () => lookFor(fake.io, {}));
    open.push(t);
    const shown = SCREENS['plan-menu'].show({ screen: 'plan-menu', plan, plans: [plan], view: 'more' }, t, base);
    await fake.waitFor(/Lines \d+–\d+ of \d+/);
    const page = fake.screen();
    // The page opens at "More": nothing of the plan above it is drawn.
    expect(page).toContain('MORE, IF YOU WANT IT');
    expect(page.slice(0, page.indexOf('MORE, IF YOU WANT IT'))).not.toMatch(/IN SHORT|LISTENING WELL/);
    expect(page).toContain('c crisis lines');
    fake.press('c');
    await fake.waitFor('Samaritans: Call 116 123');
    fake.press('q', 'q');
    await fake.waitFor('What next?');
    expect(fake.screen()).toContain(`More: the ${leftOut(plan)} ideas left out`);
    fake.press('3', KEY.enter);
    expect(await shown).toBe('again');
  });

  it('--plain says the plan again whole, with nothing to page', async () => {
    const plan = await ordinaryPlan();
    const fake = fakeTerminal();
    const t = new Terminal(fake.io, () => lookFor(fake.io, { plain: true }));
    open.push(t);
    const shown = SCREENS['plan-menu'].show({ screen: 'plan-menu', plan, plans: [plan], view: 'again' }, t, base);
    shown.catch(() => undefined);
    await fake.waitFor('What next?');
    const screen = fake.screen();
    expect(screen).toContain('In short');
    expect(screen).toContain('This coach is not a substitute for professional help.');
    expect(screen).not.toMatch(/Lines \d+/);
    fake.press(KEY.ctrlD);
  });
});
