// Practice on a terminal: typed words about suicide, self-harm or violence bring crisis help before
// the feedback (issue 20, item 9). The screens' `next` is pure, so the flow is played as data.
import { describe, expect, it } from 'vitest';
import { next } from '../../src/frontends/screens/index.js';
import type { ScreenState, Setup, StateOf } from '../../src/frontends/screens/types.js';
import { newRun } from '../../src/frontends/screens/practice-run.js';
import { seeded } from '../../src/engine/practice/session.js';
import { loadPractice } from '../../src/scenario/practice-load.js';
import { GB } from '../helpers/fixtures.js';

const { content, rules } = loadPractice();
const input = { content: content!, rules: rules!, fills: { name: 'Jo' } };
const source = { load: async () => ({ input, name: 'Jo', reasons: ['cost'] }), random: seeded(1) };
const setup: Setup = { choices: [], start: GB, crisisSteps: async () => [], practice: source };

function as<N extends ScreenState['screen']>(s: ScreenState, name: N): StateOf<N> {
  expect(s.screen).toBe(name);
  return s as StateOf<N>;
}

const typedState = (): StateOf<'practice-typed'> => ({
  screen: 'practice-typed',
  run: newRun(input, 'Jo', ['cost']),
  plans: [],
});

describe('typed words about a crisis in practice', () => {
  it('go to crisis help first, then to the feedback on the words', () => {
    // Guards against feedback on wording ("try an open question") coming before crisis help.
    const s = next(typedState(), { text: "If you kill yourself I'll never forgive you" }, setup);
    const crisis = as(s, 'crisis');
    expect(crisis.notices).toContainEqual({ kind: 'message', id: 'practice.crisisFirst' });
    const back = as(next(crisis, undefined, setup), 'practice-feedback');
    const last = back.run.state.exchanges.at(-1)!.reply;
    expect('typed' in last && last.check.verdict).toBe('hurts');
  });

  it('other words go straight to the feedback', () => {
    // Guards against crisis help for every typed reply, which would teach people to skip it.
    const s = next(typedState(), { text: 'it sounds like money is a real worry' }, setup);
    expect(s.screen).toBe('practice-feedback');
  });
});
