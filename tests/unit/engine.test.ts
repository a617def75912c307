import { describe, expect, it } from 'vitest';
import { words } from '../../src/render/words.js';
import { answer, back, start } from '../../src/engine/session.js';
import { EngineError } from '../../src/engine/errors.js';
import { walk } from '../../src/engine/walk.js';
import type { Answer, Plan, Step } from '../../src/engine/types.js';
import { GB, loadFixture, UNKNOWN } from '../helpers/fixtures.js';
import { planOf as planFrom, play as playFrom } from '../helpers/play.js';

const scenario = loadFixture('example.yaml');

const play = (answers: Answer[], options = GB): Step => playFrom(scenario, answers, { start: options });
const planOf = (answers: Answer[]): Plan => planFrom(scenario, answers);

const ids = (plan: Plan) => plan.sections.flatMap((s) => s.points.map((p) => p.id));
const calm: Answer[] = [
  { choice: 'no' },
  { text: 'Sam' },
  { choice: 'partner' },
  { choices: ['cost'] },
  { yes: false },
];

describe('the session state machine', () => {
  it('starts at the start node with step 1 and no way back', () => {
    const s = play([]);
    expect(s.done).toBe(false);
    if (s.done) return;
    expect(s.question).toMatchObject({
      node: 'safety',
      kind: 'choice',
      step: 1,
      canGoBack: false,
      why: 'Safety comes before everything else.',
    });
    expect(s.question.options.map((o) => o.id)).toEqual(['no', 'yes', 'unsure']);
  });

  it.each<[string, Answer[], string, string, number]>([
    ['choice follows the option next', [{ choice: 'no' }], 'name', 'text', 2],
    ['a risky answer goes to the crisis note', [{ choice: 'yes' }], 'crisis-now', 'note', 2],
    [
      'a note continues, and is not counted as a question',
      [{ choice: 'unsure' }, { continue: true }],
      'name',
      'text',
      2,
    ],
    ['text goes on', [{ choice: 'no' }, { text: 'Sam' }], 'relationship', 'choice', 3],
    ['choice with node next', [{ choice: 'no' }, { text: '' }, { choice: 'friend' }], 'worries', 'multi', 4],
    [
      'multi goes to node next',
      [{ choice: 'no' }, { text: '' }, { choice: 'friend' }, { choices: [] }],
      'tried',
      'yesno',
      5,
    ],
  ])('%s', (_name, answers, node, kind, step) => {
    const s = play(answers);
    expect(s.done).toBe(false);
    if (!s.done) expect(s.question).toMatchObject({ node, kind, step, aboutTotal: 5, canGoBack: true });
  });

  it('a note shows its points and asks for the crisis lines', () => {
    const s = play([{ choice: 'yes' }]);
    if (s.done) throw new Error('unexpected');
    expect(s.question.crisis).toBe(true);
    expect(s.question.points?.map((p) => p.id)).toEqual(['stay-close']);
  });

  it('yes and no take their own branches', () => {
    expect(planOf([...calm.slice(0, 4), { yes: true }]).title).toBe('Coming back to it with Sam');
    expect(planOf(calm).title).toBe('A first, gentle talk with Sam');
  });

  it('fills in what was typed, and the default when it was skipped', () => {
    const typed = play([{ choice: 'no' }, { text: '  Sam  ' }]);
    const skipped = play([{ choice: 'no' }, { text: '   ' }]);
    if (typed.done || skipped.done) throw new Error('unexpected');
    expect(typed.question.ask).toBe('Who is Sam to you?');
    expect(skipped.question.ask).toBe('Who is them to you?');
  });

  it('makes typed text inert: escape sequences and controls removed, one line, at most 80 characters', () => {
    const s = play([{ choice: 'no' }, { text: `Sam\u001b[31m\u0007\u202E\nJo${'x'.repeat(200)}` }]);
    if (s.done) throw new Error('unexpected');
    const name = s.state.current.facts.name as string;
    expect(name.startsWith('Sam Jo')).toBe(true);
    expect(name).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect([...name].length).toBe(80);
  });

  it('back returns to the previous question with the earlier facts', () => {
    const s = play([{ choice: 'no' }, { text: 'Sam' }, { choice: 'partner' }]);
    if (s.done) throw new Error('unexpected');
    const b = back(scenario, s.state);
    if (b.done) throw new Error('unexpected');
    expect(b.question.node).toBe('relationship');
    expect(b.state.current.facts.relationship).toBeUndefined();
    const changed = answer(scenario, b.state, { choice: 'friend' });
    expect(changed.state.current.facts.relationship).toBe('friend');
    expect(changed.state.current.added).not.toContain('couples-option');
  });

  it('back at the first question is an engine error', () => {
    const s = play([]);
    expect(() => back(scenario, s.state)).toThrow(EngineError);
  });

  it.each<[string, Answer[], Answer]>([
    ['an unknown option', [], { choice: 'maybe' }],
    ['the wrong kind of answer', [], { yes: true }],
    ['an unknown choice in a multi', [{ choice: 'no' }, { text: '' }, { choice: 'friend' }], { choices: ['rent'] }],
  ])('refuses %s with an EngineError', (_name, before, bad) => {
    const s = play(before);
    expect(() => answer(scenario, s.state, bad)).toThrow(EngineError);
  });

  it('state is plain data: a JSON round trip resumes the same session', () => {
    const s = play([{ choice: 'no' }, { text: 'Sam' }]);
    const revived = JSON.parse(JSON.stringify(s.state));
    const a = answer(scenario, s.state, { choice: 'partner' });
    const b = answer(scenario, revived, { choice: 'partner' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('estimates the questions left', () => {
    const s = play([]);
    if (s.done) throw new Error('unexpected');
    expect(s.question.aboutTotal).toBe(5);
  });
});

describe('plan assembly', () => {
  it('groups points in the fixed section order, safety first when present', () => {
    const plan = planOf([
      { choice: 'yes' },
      { continue: true },
      { text: 'Sam' },
      { choice: 'partner' },
      { choices: ['cost'] },
      { yes: false },
    ]);
    expect(plan.sections.map((s) => s.id)).toEqual([
      'safety',
      'before',
      'opening',
      'worries',
      'practical',
      'boundaries',
    ]);
    expect(plan.sections[0]!.points.map((p) => p.id)).toEqual(['stay-close', 'urgent-follow-up']);
  });

  it('brings the answers to exactly the worries picked', () => {
    const costOnly = ids(planOf(calm));
    expect(costOnly).toContain('answer-cost');
    expect(costOnly).toContain('not-both');
    expect(costOnly).not.toContain('answer-time');
    expect(costOnly).not.toContain('answer-stigma');
    const both = ids(planOf([...calm.slice(0, 3), { choices: ['cost', 'time'] }, { yes: false }]));
    expect(both).toEqual(expect.arrayContaining(['answer-cost', 'answer-time']));
    expect(both).not.toContain('not-both');
  });

  it('offers couples sessions only to a partner', () => {
    expect(ids(planOf(calm))).toContain('couples-option');
    expect(ids(planOf([calm[0]!, calm[1]!, { choice: 'friend' }, calm[3]!, calm[4]!]))).not.toContain('couples-option');
  });

  it('lists each point once even when added twice', () => {
    const plan = planOf([...calm.slice(0, 4), { yes: true }]);
    expect(ids(plan).filter((i) => i === 'own-limits')).toHaveLength(1);
  });

  it('records the answers as shown to the user', () => {
    const plan = planOf(calm);
    expect(plan.answers.map((a) => words(a.shown))).toEqual(['No', 'Sam', 'My partner', 'Cost', 'No']);
  });

  it('carries the crisis lines of the region, or none for an unknown one', () => {
    expect(planOf(calm).crisis.lines.map((l) => l.name)).toContain('Samaritans');
    let step = start(scenario, UNKNOWN);
    for (const a of calm) if (!step.done) step = answer(scenario, step.state, a);
    if (!step.done) throw new Error('unexpected');
    expect(step.plan.crisis.lines).toEqual([]);
    expect(step.plan.crisis.emergency).toEqual([]);
    expect(step.plan.crisis.advice).toMatch(/local emergency number/);
  });
});

describe('exhaustive walk of the example', () => {
  const result = walk(scenario, GB);

  it('takes every option of every reachable node at least once', () => {
    const expected = [
      'safety:{"choice":"no"}',
      'safety:{"choice":"yes"}',
      'safety:{"choice":"unsure"}',
      'crisis-now:{"continue":true}',
      'name:{"text":""}',
      'name:{"text":"Sam"}',
      'relationship:{"choice":"partner"}',
      'relationship:{"choice":"friend"}',
      'worries:{"choices":["cost"]}',
      'worries:{"choices":["time"]}',
      'worries:{"choices":["stigma"]}',
      'tried:{"yes":true}',
      'tried:{"yes":false}',
    ];
    for (const key of expected) expect(result.taken).toContain(key);
  });

  it('reaches both endings', () => {
    expect(new Set(result.plans.map((p) => p.plan.title.replace(/ with .*/, '')))).toEqual(
      new Set(['A first, gentle talk', 'Coming back to it']),
    );
  });

  it('ends every walk in a plan with boundaries, the disclaimer and crisis resources', () => {
    expect(result.plans.length).toBeGreaterThan(5);
    for (const { plan } of result.plans) {
      expect(plan.sections.find((s) => s.id === 'boundaries')?.points.length).toBeGreaterThan(0);
      expect(words(plan.disclaimer)).toMatch(/not a substitute for professional help/);
      expect(plan.crisis.emergency.length + plan.crisis.lines.length).toBeGreaterThan(0);
      expect(plan.crisis.directory.url).toMatch(/^https:/);
    }
  });
});
