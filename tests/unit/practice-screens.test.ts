// The practice screens without a terminal: their `next` is pure, so the flow (offered after a plan,
// a line, a reply, feedback, own words, crisis help and back, the summary, the lines kept in the
// plan) is played here as data.
import { describe, expect, it } from 'vitest';
import { next } from '../../src/frontends/screens/index.js';
import type { ScreenState, Setup, StateOf } from '../../src/frontends/screens/types.js';
import { newRun } from '../../src/frontends/screens/practice-run.js';
import { runPiped } from '../../src/frontends/piped.js';
import { seeded } from '../../src/engine/practice/session.js';
import { loadPractice } from '../../src/scenario/practice-load.js';
import { GB, loadFixture } from '../helpers/fixtures.js';

const { content, rules } = loadPractice();
const input = { content: content!, rules: rules!, fills: { name: 'Jo' } };
const example = loadFixture('example.yaml');
const noSteps = async () => [];
const source = { load: async () => ({ input, name: 'Jo', reasons: ['cost'] }), random: seeded(1) };
const practising: Setup = { choices: [], scenario: example, start: GB, crisisSteps: noSteps, practice: source };
const without: Setup = { ...practising };
delete without.practice;

function as<N extends ScreenState['screen']>(s: ScreenState, name: N): StateOf<N> {
  expect(s.screen).toBe(name);
  return s as StateOf<N>;
}

describe('practice after a plan', async () => {
  const { plan } = await runPiped(example, ['no', 'Jo', '1', 'cost', 'no'], GB);
  const planState: StateOf<'plan-menu'> = { screen: 'plan-menu', plan, plans: [plan] };

  it('is offered after the plan when there is practice, and not otherwise', () => {
    expect(next(planState, 'on', practising).screen).toBe('practice-offer');
    expect(next(planState, 'on', without).screen).toBe('save');
  });

  it('no goes on to saving the plan as before', () => {
    const offer = as(next(planState, 'on', practising), 'practice-offer');
    expect(as(next(offer, false, practising), 'save').plan).toBe(plan);
  });

  it('a whole practice: reply, feedback, own words, crisis and back, summary, lines kept in the plan', () => {
    const offer = as(next(planState, 'on', practising), 'practice-offer');
    let s: ScreenState = next(offer, { run: newRun(input, 'Jo', ['cost'], plan) }, practising);
    s = next(as(s, 'practice-line'), { reply: 'open-label' }, practising);
    expect(as(s, 'practice-feedback').run.state.exchanges[0]!.verdict).toBe('hurts');
    s = next(as(s, 'practice-feedback'), undefined, practising);
    // Crisis help from a line, then back to the same line.
    const crisis = as(next(as(s, 'practice-line'), { crisis: true }, practising), 'crisis');
    expect(crisis.then.screen).toBe('practice-line');
    s = next(as(s, 'practice-line'), { own: true }, practising);
    expect(next(as(s, 'practice-typed'), { back: true }, practising).screen).toBe('practice-line');
    s = next(as(s, 'practice-typed'), { text: 'it sounds like money is a real worry' }, practising);
    s = next(as(s, 'practice-feedback'), undefined, practising);
    s = next(as(s, 'practice-line'), { reply: 'close-autonomy' }, practising);
    s = next(as(s, 'practice-feedback'), undefined, practising);
    const summary = as(s, 'practice-summary');
    const kept = as(next(summary, { keep: true }, practising), 'save');
    const opening = kept.plan.sections.find((x) => x.id === 'opening')!;
    expect(opening.points.map((p) => p.say)).toContain('it sounds like money is a real worry');
    expect(kept.plans).toEqual([kept.plan]);
    expect(as(next(summary, { keep: false }, practising), 'save').plan).toBe(plan);
  });

  it('without a plan (talkcoach practice), the summary ends it; stopping early goes to the summary', () => {
    const line: StateOf<'practice-line'> = { screen: 'practice-line', run: newRun(input, 'Jo', []), plans: [] };
    const fed = next(line, { reply: 'open-noticed' }, practising);
    const back = next(as(fed, 'practice-feedback'), undefined, practising);
    const summary = as(next(as(back, 'practice-line'), { stop: true }, practising), 'practice-summary');
    expect(next(summary, { keep: false }, practising).screen).toBe('done');
  });
});
