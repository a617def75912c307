// The safety rules over every plan of every built-in walk (issue 11), and the pieces that make a
// plan lean and give it its summary.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLean } from '../../src/engine/lean.js';
import type { Point } from '../../src/engine/model.js';
import type { Plan, PlanSection } from '../../src/engine/types.js';
import { renderPlanText } from '../../src/render/text.js';
import { crisisFor } from '../../src/safety/crisis.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { checkPlanSafety, emptyCounts, WITHDRAWAL_POINT } from '../../src/authoring/safety-checks.js';
import { walkCheck } from '../../src/authoring/walk-check.js';
import { planSafety } from '../helpers/fixtures.js';

const ids = readdirSync(BUILTIN_DIR)
  .filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))
  .map((n) => n.replace(/\.yaml$/, ''));
const load = (id: string) =>
  loadScenarioFile(join(BUILTIN_DIR, `${id}.yaml`), { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;

// ES too: its lines are the longest (In short for Spain once came to 132 words, over the 100).
describe.each(ids.flatMap((id) => [null, 'US', 'GB', 'ES'].map((region) => ({ id, region }))))(
  'walk of $id, region $region',
  ({ id, region }) => {
    const s = load(id);
    const r = walkCheck(s, { crisis: crisisFor(region) });
    const c = r.safety;
    it('keeps every safety rule in every plan', () => {
      expect(r.problems).toEqual([]);
      expect(c.plans).toBe(r.sessions);
      expect(c.forbidden).toBe(0);
      expect(c.riskCrisisFirst).toBe(c.risk);
      expect(c.substancesWithWarning).toBe(c.substances);
      expect(c.summaryOver).toBe(0);
      expect(c.mainOver).toBe(0);
    });
    it('meets risk in some plans, and fear and substance use where it asks about them', () => {
      expect(c.risk).toBeGreaterThan(0);
      if (id !== 'myself') expect(c.byStance.afraid).toBeGreaterThan(0);
      // The check-in does not ask what the problem is.
      if (id !== 'myself' && id !== 'checkin') expect(c.substances).toBeGreaterThan(0);
    });
  },
);

describe('the safety check can fail', () => {
  const s = load('partner');
  const plan = (over: Partial<Plan>): Plan => ({
    scenario: { id: 'partner', title: 't', summary: 's' },
    title: 'T',
    answers: [],
    safety: planSafety({}),
    summary: [],
    offers: [],
    sections: [],
    more: [],
    crisis: crisisFor('GB'),
    disclaimer: 'd',
    ...over,
  });
  const point = (id: string, section: PlanSection['id'] = 'opening') => ({ id, section, do: 'x', source: 's' });

  it.each<[string, Partial<Plan>, RegExp]>([
    [
      'an opener in a plan made with fear',
      {
        safety: planSafety({ stance: 'afraid', stances: ['afraid'], afraid: true }),
        sections: [{ id: 'opening', title: 'How to start', points: [point('talk-open')] }],
      },
      /"talk-open" \(raise-it\) is in a plan whose stances \(afraid\) forbid it/,
    ],
    [
      'a wait point in a plan made with danger and fear, tags read from the scenario',
      {
        safety: planSafety({ stance: 'danger', stances: ['danger', 'afraid'], risk: 'yes', afraid: true }),
        sections: [{ id: 'if-no', title: 'If no', points: [point('check-in-again', 'if-no')] }],
      },
      /"check-in-again" \(wait\) is in a plan whose stances \(danger, afraid\) forbid it/,
    ],
    [
      'a risk plan without the crisis line first in its summary',
      {
        safety: planSafety({ stance: 'danger', stances: ['danger'], risk: 'yes' }),
        sections: [{ id: 'safety', title: 'Safety first', points: [point('crisis-call', 'safety')] }],
      },
      /does not start with the crisis lines/,
    ],
    [
      'a substance plan without the withdrawal warning',
      {
        safety: planSafety({ substances: true }),
      },
      /no withdrawal warning/,
    ],
    [
      'a main plan of 13 points',
      {
        sections: [
          { id: 'before', title: 'Before', points: Array.from({ length: 13 }, (_, i) => point(`p${i}`, 'before')) },
        ],
      },
      /13 points/,
    ],
  ])('%s', (_name, over, fault) => {
    const p = plan(over);
    const faults = checkPlanSafety(s, p, renderPlanText(p), emptyCounts());
    expect(faults.join('\n')).toMatch(fault);
  });
});

describe('the withdrawal warning is found by its id, in any language', () => {
  const substances = planSafety({ substances: true });
  const withText = (id: string, text: string) => ({ id, section: 'safety' as const, do: text, source: 's' });
  it.each([
    // Guards against a check that reads English: a translated warning must still count.
    ['the point, its text in another language', withText(WITHDRAWAL_POINT, '[Šéîžûŕéš ďûŕîñĝ ŵîţĥďŕàŵàļ]'), 1],
    // And a point that only mentions the word is not the warning.
    ['another point that says "withdrawal"', withText('other', 'Seizures during withdrawal are an emergency.'), 0],
  ])('%s', (_name, p, warned) => {
    const plan: Plan = {
      scenario: { id: 'partner', title: 't', summary: 's' },
      title: 'T',
      answers: [],
      safety: substances,
      summary: [],
      offers: [],
      sections: [{ id: 'safety', title: 'Safety', points: [p] }],
      more: [],
      crisis: crisisFor('GB'),
      disclaimer: 'd',
    };
    const counts = emptyCounts();
    checkPlanSafety(load('partner'), plan, renderPlanText(plan), counts);
    expect(counts.substancesWithWarning).toBe(warned);
  });
});

describe('a lean main plan', () => {
  const sec = (id: PlanSection['id'], ...points: string[]): PlanSection => ({
    id,
    title: id,
    points: points.map((p) => ({ id: p, section: id, do: p, source: 's' })),
  });
  const prio: Record<string, Pick<Point, 'priority' | 'section'>> = {};
  const of = (id: string) => prio[id] ?? { section: 'before' };
  it.each<[string, PlanSection[], Record<string, number>, string[], string[]]>([
    ['a short plan stays whole', [sec('before', 'a', 'b')], {}, ['a', 'b'], []],
    ['priority 3 goes to More', [sec('before', 'a', 'b')], { b: 3 }, ['a'], ['b']],
    [
      'priority 2 fills to 9, priority 1 always in',
      [sec('before', ...'abcdefghijkl'.split(''))],
      { l: 1 },
      [...'abcdefgh'.split(''), 'l'],
      ['i', 'j', 'k'],
    ],
  ])('%s', (_name, sections, priorities, main, more) => {
    for (const k of Object.keys(prio)) delete prio[k];
    for (const [k, v] of Object.entries(priorities)) prio[k] = { section: 'before', priority: v };
    const r = splitLean(sections, of);
    expect(r.main.flatMap((s) => s.points.map((p) => p.id))).toEqual(main);
    expect(r.more.flatMap((s) => s.points.map((p) => p.id))).toEqual(more);
  });

  it('keeps pinned points (the first four ticked worries) before the rest, within 12', () => {
    for (const k of Object.keys(prio)) delete prio[k];
    const names = 'abcdefghijklmn'.split('');
    const r = splitLean([sec('before', ...names)], of, new Set(), ['n', 'm', 'l', 'k']);
    const main = r.main.flatMap((s) => s.points.map((p) => p.id));
    expect(main).toEqual(expect.arrayContaining(['k', 'l', 'm', 'n']));
    expect(main).toHaveLength(9);
  });

  it('puts what the answers brought before the ending’s own list', () => {
    for (const k of Object.keys(prio)) delete prio[k];
    const names = 'abcdefghijkl'.split('');
    const r = splitLean([sec('before', ...names)], of, new Set(names.slice(0, 11)));
    expect(r.main.flatMap((s) => s.points.map((p) => p.id))).toContain('l');
  });
});
