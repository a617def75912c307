// Tailoring that matters, read from the plans the built-in scenarios produce.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Plan, Question } from '../../src/engine/types.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import type { Scenario } from '../../src/engine/model.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { playWith } from '../helpers/play.js';

const scenario = (id: string): Scenario =>
  loadScenarioFile(join(BUILTIN_DIR, `${id}.yaml`), { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;

/** A calm default for each kind; `given` answers particular questions by node id. */
function defaultAnswer(q: Question): Answer {
  switch (q.kind) {
    case 'choice':
      return { choice: q.options.find((o) => o.id === 'no')?.id ?? q.options[0]!.id };
    case 'multi':
      return { choices: [] };
    case 'yesno':
      return { yes: false };
    case 'text':
      return { text: 'Sam' };
    case 'note':
      return { continue: true };
  }
}

const play = (s: Scenario, given: Record<string, Answer>): Plan =>
  playWith(s, (q) => given[q.node] ?? defaultAnswer(q), {}, 30);

/** Every point of the plan, the main part and "More, if you want it". */
const ids = (p: Plan) => [...p.sections, ...p.more].flatMap((x) => x.points.map((pt) => pt.id));
const main = (p: Plan) => p.sections.flatMap((x) => x.points.map((pt) => pt.id));
const section = (p: Plan, id: string) => p.sections.find((x) => x.id === id)?.points.map((pt) => pt.id) ?? [];
const reasons = (...r: string[]): Answer => ({ choices: r });

describe.each(['partner', 'friend', 'denial', 'wont-help'])('%s: contrasting worries', (id) => {
  const s = scenario(id);
  const costTime = ids(play(s, { reasons: reasons('cost', 'time') }));
  const stigmaJudged = ids(play(s, { reasons: reasons('stigma', 'judged') }));

  it('cost and time bring their practical answers, and no others', () => {
    expect(costTime).toEqual(expect.arrayContaining(['ans-cost', 'ans-time']));
    expect(costTime).not.toContain('ans-stigma');
    expect(costTime).not.toContain('ans-judged');
  });

  it('stigma and fear of judgment bring theirs, and not the cost or time answers', () => {
    expect(stigmaJudged).toEqual(expect.arrayContaining(['ans-stigma', 'ans-judged']));
    expect(stigmaJudged).not.toContain('ans-cost');
    expect(stigmaJudged).not.toContain('ans-time');
  });
});

describe('myself: contrasting worries', () => {
  const s = scenario('myself');
  const node = Object.entries(s.nodes).find(([, n]) => n.kind === 'multi')![0];
  it('cost and time against stigma and judgment', () => {
    const a = ids(play(s, { [node]: reasons('cost', 'time') }));
    const b = ids(play(s, { [node]: reasons('stigma', 'judged') }));
    expect(a).toEqual(expect.arrayContaining(['me-ans-cost', 'me-ans-time']));
    expect(a).not.toContain('me-ans-stigma');
    expect(b).toEqual(expect.arrayContaining(['me-ans-stigma', 'me-ans-judged']));
    expect(b).not.toContain('me-ans-cost');
  });
});

describe('the relationship changes what is offered', () => {
  it.each<[string, string, string[], string[]]>([
    ['denial', 'partner', ['together-couples'], ['together-family']],
    ['denial', 'friend', [], ['together-couples', 'together-family']],
    ['denial', 'parent', ['together-family'], ['together-couples']],
    ['denial', 'sibling', ['together-family'], ['together-couples']],
    [
      'wont-help',
      'child',
      ['together-family', 'respect-choice'],
      ['together-couples', 'together-young', 'minor-assess'],
    ],
    [
      'wont-help',
      'child-minor',
      ['together-family', 'together-young', 'minor-assess'],
      ['together-couples', 'respect-choice'],
    ],
    ['wont-help', 'other', [], ['together-couples', 'together-family']],
  ])('%s with a %s', (id, relationship, present, absent) => {
    const plan = ids(play(scenario(id), { relationship: { choice: relationship }, readiness: { choice: 'open' } }));
    for (const p of present) expect(plan).toContain(p);
    for (const a of absent) expect(plan).not.toContain(a);
  });

  it('couples therapy for a partner, but not when the user is afraid of them', () => {
    const s = scenario('partner');
    expect(ids(play(s, { readiness: { choice: 'open' } }))).toContain('partner-couples');
    const afraid = play(s, { fear: { choice: 'yes' }, readiness: { choice: 'open' } });
    expect(ids(afraid)).not.toContain('partner-couples');
    expect(afraid.safety.afraid).toBe(true);
    expect(afraid.sections[0]!.id).toBe('safety');
    expect(section(afraid, 'safety')[0]).toBe('fear-advocate');
  });
});

describe('fear of the person turns the plan into a safety plan', () => {
  it.each<[string, Record<string, Answer>]>([
    ['partner', {}],
    ['friend', { lives: { yes: true } }],
    ['denial', { relationship: { choice: 'parent' } }],
    ['wont-help', { relationship: { choice: 'child' } }],
  ])('%s', (id, route) => {
    const s = scenario(id);
    const plan = play(s, { ...route, fear: { choice: 'yes' } });
    expect(plan.safety.afraid).toBe(true);
    expect(plan.safety.stance).toBe('afraid');
    expect(ids(plan)).toEqual(expect.arrayContaining(['fear-advocate', 'fear-plan', 'fear-leaving']));
    const unsafe = ids(plan).filter((p) => s.points?.[p]?.tags?.some((t) => t !== 'wait'));
    expect(unsafe).toEqual([]);
    // The abuse line leads, so no opener; then the next step and care.
    expect(plan.summary.map((l) => l.role)).toEqual(['abuse', 'next', 'care', 'avoid']);
    expect(play(s, { ...route, fear: { choice: 'no' } }).safety.afraid).toBe(false);
  });

  it('a friend who lives elsewhere is not asked', () => {
    const asked: string[] = [];
    playWith(
      scenario('friend'),
      (q) => {
        asked.push(q.node);
        return defaultAnswer(q);
      },
      {},
      30,
    );
    expect(asked).not.toContain('fear');
  });
});

describe('how fast it is getting worse sets the steps', () => {
  it.each(['partner', 'friend', 'denial', 'wont-help'])('%s', (id) => {
    const s = scenario(id);
    const at = (pace: string) => play(s, { pace: { choice: pace } });
    expect(ids(at('steady'))).toContain('pace-steady');
    expect(main(at('worse'))).toContain('pace-worse');
    const fast = at('fast');
    expect(main(fast)).toContain('pace-fast');
    expect(fast.summary.find((l) => l.role === 'next')?.point).toBe('pace-fast');
    expect(ids(fast)).not.toContain('friend-steady');
  });
});

describe('drinking, drugs or gambling', () => {
  it.each(['partner', 'friend', 'denial', 'wont-help'])('%s brings the withdrawal warning and no covering', (id) => {
    const s = scenario(id);
    const issue = Object.entries(s.nodes).find(([, n]) => n.kind === 'choice' && n.fact === 'issue')![0];
    const plan = play(s, { [issue]: { choice: 'drink' } });
    expect(plan.safety.substances).toBe(true);
    expect(main(plan)).toEqual(expect.arrayContaining(['sub-withdrawal', 'sub-no-cover']));
    expect(ids(play(s, { [issue]: { choice: 'mood' } }))).not.toContain('sub-withdrawal');
  });
});

describe('the user comes first when worn out, and "not now" gets time', () => {
  it.each(['partner', 'friend', 'denial', 'wont-help'])('%s: worn out brings own support before the talk', (id) => {
    const plan = play(scenario(id), { 'worn-out': { yes: true } });
    expect(section(plan, 'before')[0]).toBe('care-own-support-first');
    expect(plan.summary.find((l) => l.role === 'care')?.point).toBe('care-own-support-first');
    const rested = ids(play(scenario(id), { 'worn-out': { yes: false } }));
    expect(rested).not.toContain('care-own-support-first');
    // Support for the user is still there, further down.
    expect(rested).toContain('care-own-support');
  });

  it.each(['partner', 'friend', 'denial', 'wont-help'])('%s: not now gets the give-it-time plan', (id) => {
    const plan = play(scenario(id), { readiness: { choice: 'not-now' } });
    expect(ids(plan)).toEqual(expect.arrayContaining(['check-in-again', 'time-self-help', 'time-small-help']));
    const talk = play(scenario(id), { readiness: { choice: 'open' } });
    expect(plan.title).not.toBe(talk.title);
    expect(ids(talk)).not.toContain('time-light-touch');
  });

  it('a partner: getting worse and not now brings the careful point about the future', () => {
    const s = scenario('partner');
    const at = (pace: string, readiness: string) =>
      ids(play(s, { pace: { choice: pace }, readiness: { choice: readiness } }));
    expect(at('worse', 'not-now')).toContain('partner-own-future');
    expect(at('steady', 'not-now')).not.toContain('partner-own-future');
    expect(at('fast', 'open')).not.toContain('partner-own-future');
  });
});
