// Practice on a terminal, as it reads (issue 26, smaller items): the typing screen says "Exchange N
// of M" as the rest of the practice does, not "Question N of about M"; a reply that hurt is not
// called a skill; how open they are is said as a change; summary bullets hang; and a better reply
// for words typed answers the line they followed.
import { afterEach, describe, expect, it } from 'vitest';
import { lineOf, pick, seeded, startPractice, typed, type PracticeState } from '../../src/engine/practice/session.js';
import { exchangeLines, summaryLines } from '../../src/render/practice.js';
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

const play = (reasons: string[], replies: string[]): PracticeState =>
  replies.reduce(
    (s, r) => (r.startsWith('>') ? typed(s, input, r.slice(1).trim()) : pick(s, input, r)),
    startPractice(content!, reasons),
  );

describe("the coach's words on an exchange", () => {
  it('a reply that hurt is named as what hurt, not as a skill', () => {
    // Guards against "Skill: sarcasm".
    const s = play([], ['open-noticed', 'denial-sarcasm']);
    const lines = exchangeLines(s.exchanges[1]!, 'Jo', 80, s.exchanges[0]!.openness).join('\n');
    expect(lines).toContain('What hurt: sarcasm');
    expect(lines).not.toMatch(/Skill: sarcasm/);
    const good = exchangeLines(s.exchanges[0]!, 'Jo', 80).join('\n');
    expect(good).toMatch(/Skill: an "I" statement/);
  });

  it('how open they are is said as a change from before', () => {
    // Guards against "…I'm listening." followed by a bare "(Jo is guarded)".
    const s = play(['cost'], ['open-order', 'cost-blame']);
    const [first, second] = s.exchanges;
    expect(exchangeLines(second!, 'Jo', 80, first!.openness).join('\n')).toMatch(
      new RegExp(`\\(Jo is (still|pulling back)`),
    );
    // A reply that helps, after one that hurt: still guarded, said with why (trust comes back slowly).
    const helps = lineOf(content!, 'closing').replies.find((r) => content!.kinds[r.kind]!.helps)!.id;
    const after = play(['cost'], ['open-order', 'cost-blame', helps]).exchanges;
    const third = exchangeLines(after[2]!, 'Jo', 80, after[1]!.openness).join('\n');
    expect(third).toMatch(/\(Jo is (still \w[\w ]*: trust comes back slowly|opening up: now)/);
  });

  it('a better reply for typed words is one offered at that very line', () => {
    // Guards against a "better" reply that answers some other line.
    const s = play(['cost'], ['open-noticed', ">you're being ridiculous, just go to therapy"]);
    const e = s.exchanges[1]!;
    expect(e.verdict).toBe('hurts');
    const offered = lineOf(content!, e.line).replies.map((r) => r.say.replace(/\{name\}/g, 'Jo'));
    expect(offered).toContain(e.better);
  });

  it('summary bullets wrap under their first word', () => {
    const long = 'I have noticed you seem worn out lately, and I care about you, so I wanted to ask how you are.';
    const lines = summaryLines(
      { exchanges: 2, helped: 1, hurt: 1, worked: [], carry: [long], openness: 'listening' },
      'Jo',
      40,
    );
    const at = lines.findIndex((l) => l.startsWith('  - '));
    expect(lines[at + 1]).toMatch(/^ {4}\S/);
  });
});
