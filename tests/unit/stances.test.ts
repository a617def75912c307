// Plans that hold together (issue 20): one safety stance per plan, decided in the engine; one table of
// what each stance forbids; validate proving no point can meet a stance that forbids it; and the
// paths the clinical read found, each played to its plan.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/model.js';
import { FORBIDS, stancesOf } from '../../src/engine/stance.js';
import type { Answer, Plan } from '../../src/engine/types.js';
import { readAnswer } from '../../src/engine/answer-text.js';
import { answer, start } from '../../src/engine/session.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { summaryTexts } from '../../src/render/summary.js';
import { renderPlanText } from '../../src/render/text.js';
import { crisisFor } from '../../src/safety/crisis.js';
import { loadFixture, loadText, scenarioText } from '../helpers/fixtures.js';

const builtin = (id: string): Scenario =>
  loadScenarioFile(`${BUILTIN_DIR}/${id}.yaml`, { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;

/** Plays answers written as piped lines (`a|b|c`), passing notes, to the plan. */
function planFrom(scenario: Scenario, lines: string): Plan {
  let step = start(scenario, { crisis: crisisFor('US') });
  const queue = lines.split('|');
  for (let guard = 0; !step.done && guard < 50; guard++) {
    const q = step.question;
    const given: Answer =
      q.kind === 'note'
        ? { continue: true }
        : (() => {
            const r = readAnswer(q, queue.shift() ?? '');
            if (!r.ok) throw new Error(`answer to ${q.node} not read: ${r.reason}`);
            return r.answer;
          })();
    step = answer(scenario, step.state, given);
  }
  if (!step.done) throw new Error('no plan');
  expect(queue).toEqual([]);
  return step.plan;
}

const allPoints = (p: Plan) => [...p.sections, ...p.more].flatMap((s) => s.points);
const tagsIn = (p: Plan) => new Set(allPoints(p).flatMap((x) => x.tags ?? []));

describe('the stance table', () => {
  it('forbids what the issue asks of each stance', () => {
    expect(FORBIDS.danger).toEqual(['wait']);
    expect(FORBIDS['risk-unsure']).toEqual(['wait']);
    expect(FORBIDS['self-at-risk']).toEqual(['wait']);
    expect(FORBIDS.urgent).toEqual(['wait']);
    expect([...FORBIDS.afraid].sort()).toEqual(['limits', 'raise-it', 'relationship-future', 'together']);
    expect([...FORBIDS.undisclosed].sort()).toEqual(['limits', 'together']);
    expect(FORBIDS.ordinary).toEqual([]);
  });

  const other: Pick<Scenario, 'safety' | 'about'> = {
    safety: {
      'risk-yes': { equals: { risk: 'yes' } },
      'risk-unsure': { equals: { risk: 'unsure' } },
      afraid: { equals: { fear: 'yes' } },
      undisclosed: { equals: { fear: 'skip' } },
      urgent: { equals: { pace: 'fast' } },
    },
  };
  it.each<[string, Record<string, string>, string[]]>([
    ['nothing', {}, ['ordinary']],
    ['risk yes', { risk: 'yes' }, ['danger']],
    ['risk not sure', { risk: 'unsure' }, ['risk-unsure']],
    ['fear', { fear: 'yes' }, ['afraid']],
    ['rather not say', { fear: 'skip' }, ['undisclosed']],
    ['worse fast', { pace: 'fast' }, ['urgent']],
    [
      'risk, fear and worse fast: all of them, danger first',
      { risk: 'yes', fear: 'yes', pace: 'fast' },
      ['danger', 'afraid', 'urgent'],
    ],
    ['not sure and not saying', { risk: 'unsure', fear: 'skip' }, ['risk-unsure', 'undisclosed']],
  ])('someone else: %s', (_n, facts, stances) => {
    expect(stancesOf(other, facts)).toEqual(stances);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['yes', { risk: 'yes' }, ['self-at-risk']],
    ['not sure', { risk: 'unsure' }, ['self-at-risk']],
    ['no', { risk: 'no' }, ['ordinary']],
  ])('the user themselves (about: self): %s', (_n, facts, stances) => {
    expect(stancesOf({ ...other, about: 'self' }, facts)).toEqual(stances);
  });
});

describe('validate proves no point can meet a stance that forbids it', () => {
  const base = (extra: string) =>
    scenarioText(`safety:
  risk-yes: { equals: { risk: "yes" } }
  afraid: { equals: { fear: "yes" } }
nodes:
  safety:
    kind: choice
    ask: Is anyone in danger right now?
    fact: risk
    options:
      - { id: "no", label: "No", next: fear }
      - { id: "yes", label: "Yes", next: crisis }
  crisis:
    kind: note
    title: First, safety
    crisis: true
    next: fear
  fear:
    kind: choice
    ask: Are you afraid of them?
    fact: fear
    options:
      - { id: "no", label: "No", next: talk }
      - { id: "yes", label: "Yes", next: safe }
  talk:
    kind: end
    title: A talk
    add: [rest, let-it-rest, opener]
  safe:
    kind: end
    title: Safety
    add: [rest]
points:
  rest:
    section: boundaries
    do: Rest when you can.
    source: test
  opener:
    section: opening
    tags: [raise-it]
    do: Ask if now is a good time.
    source: test
${extra}`);
  const errors = (text: string) =>
    loadText(text)
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => d.message);

  it('names the stance, the point and answers that show it', () => {
    const point = `  let-it-rest:\n    section: if-no\n    tags: [wait]\n    do: Let it rest.\n    source: test\n`;
    const e = errors(base(point));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/"let-it-rest" \(wait\) can reach a plan whose stance is danger/);
    expect(e[0]).toMatch(/risk=yes/);
  });

  it('passes once the point leaves the stance out', () => {
    const fixed = base(
      `  let-it-rest:\n    section: if-no\n    tags: [wait]\n    do: Let it rest for a few weeks.\n` +
        `    when: { not: { equals: { risk: "yes" } } }\n    source: test\n`,
    );
    expect(errors(fixed)).toEqual([]);
  });

  it('knows which answers reach an ending: the opener is never where fear leads', () => {
    // "opener" (raise-it) is added only at "talk", which "fear: yes" never reaches.
    const ok = base(`  let-it-rest:\n    section: if-no\n    do: Notice small good steps.\n    source: test\n`);
    expect(errors(ok)).toEqual([]);
  });

  it('catches a point that comes by its own when, at any ending', () => {
    const e = errors(
      base(
        `  let-it-rest:\n    section: if-no\n    do: x\n    source: test\n` +
          `  together:\n    section: practical\n    tags: [together]\n    do: Go to couples sessions.\n` +
          `    when: { equals: { fear: ["yes", "no"] } }\n    source: test\n`,
      ),
    );
    expect(e.join('\n')).toMatch(
      /"together" \(together\) can reach a plan whose stance is afraid, which forbids it; for example fear=yes/,
    );
  });
  it('tries a point added early at every ending it can lead to, where later answers may bring a stance', () => {
    // The opener is added on the first answer; the fear question comes after it, so "fear: yes" can
    // still hold when the plan is made.
    const text = scenarioText(`safety:
  afraid: { equals: { fear: "yes" } }
nodes:
  safety:
    kind: choice
    ask: Is anyone in danger right now?
    fact: risk
    options:
      - { id: "no", label: "No", next: fear, add: [early-opener] }
      - { id: "yes", label: "Yes", next: crisis }
  crisis:
    kind: note
    title: First, safety
    crisis: true
    next: fear
  fear:
    kind: choice
    ask: Are you afraid of them?
    fact: fear
    options:
      - { id: "no", label: "No", next: done }
      - { id: "yes", label: "Yes", next: done }
  done:
    kind: end
    title: A plan
    add: [rest]
points:
  rest:
    section: boundaries
    do: Rest when you can.
    source: test
  early-opener:
    section: opening
    tags: [raise-it]
    do: Ask if now is a good time.
    source: test
`);
    expect(errors(text).join('\n')).toMatch(
      /"early-opener" \(raise-it\) can reach a plan whose stance is afraid[^]*fear=yes/,
    );
  });
});

describe('the built-in scenarios', () => {
  it.each(['partner', 'friend', 'denial', 'wont-help', 'myself', 'checkin'])('%s validates with stances', (id) => {
    const r = loadScenarioFile(`${BUILTIN_DIR}/${id}.yaml`, { sharedDirs: [BUILTIN_SHARED_DIR] });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

/** The paths of the clinical read, with what each plan must and must not be. */
describe.each<{
  name: string;
  id: string;
  lines: string;
  stance: string;
  offers: string[];
  no: string[];
  title?: RegExp;
}>([
  {
    name: 'partner talked of suicide, worse fast, not now',
    id: 'partner',
    lines: 'yes|Sam|no|denial|mood|fast|yes|not-now',
    stance: 'danger',
    offers: ['save'],
    no: ['wait'],
    title: /^Safety first/,
  },
  {
    name: 'drinking worse fast, not now',
    id: 'partner',
    lines: 'no|Sam|no|denial|drink|fast|no|not-now',
    stance: 'urgent',
    offers: ['practice', 'save'],
    no: ['wait'],
    title: /^Not waiting/,
  },
  {
    name: 'friend, not sure of risk, not now',
    id: 'friend',
    lines: 'unsure|Mia|no|no||mood|steady|yes|not-now',
    stance: 'risk-unsure',
    offers: ['practice', 'save'],
    no: ['wait'],
  },
  {
    name: 'wont-help sibling, risk yes, worse, not now',
    id: 'wont-help',
    lines: 'no|Pat|sibling|no|on-own|yes|mood|worse|yes|not-now',
    stance: 'ordinary',
    offers: ['practice', 'save'],
    no: ['wait'],
  },
  {
    name: 'myself with thoughts of self-harm, not now',
    id: 'myself',
    lines: 'yes|no|stigma,cost|no|not-now',
    stance: 'self-at-risk',
    offers: ['save'],
    no: ['wait'],
    title: /^Getting through today safely/,
  },
  {
    name: 'partner, afraid',
    id: 'partner',
    lines: 'no|Sam|yes',
    stance: 'afraid',
    offers: ['save'],
    no: ['raise-it', 'together', 'limits', 'relationship-future'],
  },
  {
    name: 'partner, would rather not say',
    id: 'partner',
    lines: 'no|Sam|skip|cost|drink|worse|no|open',
    stance: 'undisclosed',
    offers: ['save'],
    no: ['together', 'limits'],
  },
  {
    name: 'check-in, not yet, afraid',
    id: 'checkin',
    lines: 'no|not-yet|afraid|okay',
    stance: 'afraid',
    offers: ['save', 'checkin'],
    no: ['raise-it', 'together', 'limits'],
  },
])('$name', ({ id, lines, stance, offers, no, title }) => {
  const plan = planFrom(builtin(id), lines);
  it(`has the stance ${stance}, holds nothing it forbids, and offers ${offers.join(', ')}`, () => {
    expect(plan.safety.stance).toBe(stance);
    const tags = tagsIn(plan);
    for (const t of no) expect(tags.has(t as never), `tag ${t}`).toBe(false);
    expect(plan.offers).toEqual(offers);
    if (title) expect(plan.title).toMatch(title);
  });
  it('says in short nothing that waits beside something that does not', () => {
    const text = summaryTexts(plan).join('\n');
    if (plan.safety.stances.some((s) => FORBIDS[s].includes('wait')))
      expect(text).not.toMatch(/let it rest|a few weeks|set therapy aside|bringing therapy up again/i);
    expect(plan.summary.filter((l) => !['crisis', 'abuse', 'substance'].includes(l.role)).length).toBeLessThanOrEqual(
      5,
    );
  });
});

describe('why each point is in the plan', () => {
  it('names the worry that brought its answer, and the safety answer for the crisis steps', () => {
    const plan = planFrom(builtin('partner'), 'yes|Sam|no|cost|mood|steady|no|open');
    const byId = new Map(allPoints(plan).map((p) => [p.id, p]));
    expect(byId.get('ans-cost')?.because).toEqual([{ question: 'reasons', answer: 'cost' }]);
    expect(byId.get('crisis-call')?.because).toEqual([{ question: 'safety', answer: 'yes' }]);
    expect(byId.get('benefit-offers')?.because).toEqual([{ question: 'readiness', answer: 'open' }]);
  });
});

describe('a point something adds comes only with that add; its when narrows it', () => {
  const s = loadFixture('stray-point.yaml');
  it.each<[string, string, boolean]>([
    ['added by the ending, and its when holds', 'no|yes|soft', true],
    ['added by the ending, but its when does not hold', 'no|no|soft', false],
    ['its when holds, but another ending (that does not add it)', 'no|yes|firm', false],
  ])('%s', (_n, lines, present) => {
    expect(allPoints(planFrom(s, lines)).some((p) => p.id === 'go-gently')).toBe(present);
  });
});

describe('a worry picked is a worry answered', () => {
  const mainIds = (p: Plan) => p.sections.flatMap((s) => s.points.map((x) => x.id));
  it.each<[string, string, string[]]>([
    [
      'partner',
      'no|Sam|no|cost,time,access,stigma|mood|steady|no|open',
      ['ans-cost', 'ans-time', 'ans-access', 'ans-stigma'],
    ],
    [
      'friend',
      'no|Jo|no|no|doubts,judged,change,on-own|mood|steady|no|unsure',
      ['ans-doubts', 'ans-judged', 'ans-change', 'ans-on-own'],
    ],
    [
      'denial',
      'no|Jo|parent|no|denial,change,culture,time|mood|steady|no|not-now',
      ['ans-denial', 'ans-change', 'ans-culture', 'ans-time'],
    ],
  ])('%s: up to four ticked worries each bring their answer into the main plan', (id, lines, answers) => {
    const plan = planFrom(builtin(id), lines);
    expect(mainIds(plan)).toEqual(expect.arrayContaining(answers));
    expect(plan.worriesInMore).toBeUndefined();
  });

  it('with six, the first four are answered in the main plan and the plan names the other two', () => {
    const plan = planFrom(builtin('partner'), 'no|Sam|no|stigma,cost,time,access,denial,change|mood|steady|no|open');
    expect(mainIds(plan)).toEqual(expect.arrayContaining(['ans-stigma', 'ans-cost', 'ans-time', 'ans-access']));
    expect(plan.worriesInMore).toHaveLength(2);
    expect(plan.worriesInMore!.join(' ')).toMatch(/plays it down/);
  });
});

describe('"I\'d rather not say" is worded as no disclosure (clinical read 1a)', () => {
  it.each<[string, string, RegExp, RegExp]>([
    ['rather not say', 'no|Sam|skip|cost|mood|steady|no|open', /IF HOME EVER FEELS UNSAFE/, /IF YOU FEEL AFRAID/],
    ['afraid', 'no|Sam|yes', /IF YOU FEEL AFRAID/, /IF HOME EVER FEELS UNSAFE: DOMESTIC/],
  ])('%s: the abuse block and In short', (_n, lines, has, hasNot) => {
    const plan = planFrom(builtin('partner'), lines);
    const text = renderPlanText(plan);
    expect(text).toMatch(has);
    expect(text).not.toMatch(hasNot);
    const abuse = summaryTexts(plan).find((t) => t.startsWith('Your safety:'))!;
    if (plan.safety.stance === 'undisclosed') expect(abuse).toMatch(/whatever is or isn't going on/);
    else expect(abuse).toMatch(/advocate first/);
  });
});
