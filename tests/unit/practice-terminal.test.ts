// Practice on a terminal, as it reads (issue 26, smaller items): the typing screen says "Exchange N
// of M" as the rest of the practice does, not "Question N of about M".
import { afterEach, describe, expect, it } from 'vitest';
import { seeded } from '../../src/engine/practice/session.js';
import { lookFor } from '../../src/frontends/interactive.js';
import { SCREENS } from '../../src/frontends/screens/index.js';
import type { Setup, StateOf } from '../../src/frontends/screens/types.js';
import { newRun } from '../../src/frontends/screens/practice-run.js';
import { Terminal } from '../../src/frontends/terminal.js';
import { loadPractice } from '../../src/scenario/practice-load.js';
import { fakeTerminal, KEY } from '../helpers/fake-terminal.js';
import { GB } from '../helpers/fixtures.js';

const { content, rules } = loadPractice();
const input = { content: content!, rules: rules!, fills: { name: 'Jo' } };
const source = { load: async () => ({ input, name: 'Jo', reasons: ['cost'] }), random: seeded(1) };
const setup: Setup = { choices: [], start: GB, crisisSteps: async () => [], practice: source };

const open: Terminal[] = [];
afterEach(() => open.splice(0).forEach((t) => t.close()));

function terminal() {
  const fake = fakeTerminal({ env: { NO_COLOR: '1' } });
  const t = new Terminal(fake.io, () => lookFor(fake.io, {}));
  open.push(t);
  return { fake, t };
}

describe('the typing screen', () => {
  it('says "Exchange 1 of M", as the rest of the practice does', async () => {
    const run = newRun(input, 'Jo', ['cost']);
    const state: StateOf<'practice-typed'> = { screen: 'practice-typed', run, plans: [] };
    const { fake, t } = terminal();
    const shown = SCREENS['practice-typed'].show(state, t, setup);
    await fake.waitFor(`Exchange 1 of ${run.state.lines.length}`);
    expect(fake.screen()).not.toMatch(/Question \d+ of about/);
    fake.press('it sounds like money is a worry', KEY.enter);
    expect(await shown).toEqual({ text: 'it sounds like money is a worry' });
  });
});
