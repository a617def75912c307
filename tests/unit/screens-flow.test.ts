// The screens as pure transitions: crisis help on the way, and a whole session played as data.
import { describe, expect, it } from 'vitest';
import { runPiped } from '../../src/frontends/piped.js';
import { begin } from '../../src/frontends/screens/question.js';
import { next } from '../../src/frontends/screens/index.js';
import type { Events, ScreenName, ScreenState, Setup, StateOf } from '../../src/frontends/screens/types.js';
import type { Plan } from '../../src/engine/types.js';
import { GB, loadFixture } from '../helpers/fixtures.js';
import { expectScreen, said } from '../helpers/screens.js';

const example = loadFixture('example.yaml');
const minimal = loadFixture('minimal.yaml');
const noSteps = async () => [];
const picking: Setup = { choices: [minimal, example], start: GB, crisisSteps: noSteps };
const given: Setup = { ...picking, scenario: example };

const none = { plans: [] as Plan[] };
const first = begin(none, example, given) as StateOf<'question'>;

/** Plays events from `from`; returns every state reached. */
function play(from: ScreenState, setup: Setup, events: unknown[]): ScreenState[] {
  const seen = [from];
  for (const e of events) {
    const s = seen.at(-1)!;
    if (s.screen === 'done') throw new Error('played past the end');
    seen.push(next(s as StateOf<ScreenName>, e as Events[ScreenName], setup));
  }
  return seen;
}

describe('crisis help on the way', () => {
  const atWorries = play(first, given, [
    { answer: { choice: 'no' } },
    { answer: { text: 'Sam' } },
    { answer: { choice: 'partner' } },
  ]).at(-1)!;

  it('returns to the same question, its note not drawn again, the ticks kept', () => {
    const [, help, back] = play(atWorries, given, [{ crisis: true, keep: ['cost'] }, undefined]);
    expect(expectScreen(help!, 'crisis').then.screen).toBe('question');
    const again = expectScreen(back!, 'question');
    expect(again.step).toBe(expectScreen(atWorries, 'question').step);
    expect(again.arrived).toBe(false);
    expect(again.before.get('worries')).toEqual(['cost']);
    expect(said(again)).toEqual(['terminal.crisis.stillHere']);
  });

  it('keeps nothing when nothing was ticked, and says nothing twice', () => {
    const [, , back] = play(atWorries, given, [{ crisis: true }, undefined]);
    expect(expectScreen(back!, 'question').before.has('worries')).toBe(false);
    expect(said(next({ screen: 'crisis', then: back!, ...none }, undefined, given))).toEqual([
      'terminal.crisis.stillHere',
    ]);
  });
});

describe('a whole session as data', () => {
  const answers = [{ choice: 'no' }, { text: 'Sam' }, { choice: 'partner' }, { choices: ['cost'] }, { yes: true }];

  it('gives the plan the piped run gives, then starting again resets the answers and keeps the plan', async () => {
    const states = play({ screen: 'welcome', ...none }, given, [undefined, ...answers.map((answer) => ({ answer }))]);
    const atPlan = expectScreen(states.at(-1)!, 'plan');
    const piped = await runPiped(example, ['no', 'Sam', 'partner', 'cost', 'yes'], GB);
    expect(atPlan.plan).toEqual(piped.plan);
    expect(atPlan.plans).toEqual([piped.plan]);

    const [, , , offer, restart] = play(atPlan, given, [undefined, 'on', false, true]);
    expect(offer!.screen).toBe('again');
    const fresh = expectScreen(restart!, 'question');
    expect(fresh.step.question.node).toBe('safety');
    expect(fresh.step.state.current.answers).toEqual([]);
    expect(fresh.before.size).toBe(0);
    expect(fresh.plans).toEqual([piped.plan]);
    expect(said(fresh)).toEqual(['blank']);
  });
});
