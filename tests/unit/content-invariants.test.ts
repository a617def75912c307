// Content rules that must hold in every plan, not only the paths a test names: checked over every
// plan of each built-in scenario's exhaustive walk and over every text that takes a fill-in.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/engine/walk.js';
import { factsOf, revisitBand, revisitDays } from '../../src/engine/checkin.js';
import { fill, fillDefaults } from '../../src/engine/fill.js';
import { kindOf } from '../../src/engine/kinds/index.js';
import type { Scenario } from '../../src/engine/model.js';
import type { Plan } from '../../src/engine/types.js';
import { crisisLines } from '../../src/render/crisis.js';
import { helpBlocks } from '../../src/render/safety-blocks.js';
import { renderPlanText } from '../../src/render/text.js';
import { crisisFor } from '../../src/safety/crisis.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { crisisSteps } from '../../src/scenario/crisis-steps.js';
import { loadScenarioFile } from '../../src/scenario/load.js';

const load = (id: string): Scenario =>
  loadScenarioFile(join(BUILTIN_DIR, `${id}.yaml`), { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;
const OTHERS = ['partner', 'friend', 'denial', 'wont-help'];
const ALL = [...OTHERS, 'myself', 'checkin'];
const plans = new Map(ALL.map((id) => [id, walk(load(id), { crisis: crisisFor('US') }).plans.map((p) => p.plan)]));
const ids = (p: Plan) => [...p.sections, ...p.more].flatMap((s) => s.points.map((x) => x.id));
const answerOf = (p: Plan, node: string) => p.answers.find((a) => a.node === node)?.answer;

describe('a skipped name reads well everywhere', () => {
  // A default name may be "them" ("whatever them decides"), and modules are shared, so no text may put
  // a verb that needs "he" or "she" right after {{name}}.
  const SINGULAR =
    /\{\{\s*name\s*\}\}\s+(is|was|has|does|doesn't|isn't|decides|answers|ended|seems|says|wants|feels|knows|needs|thinks)\b/i;
  const texts = (s: Scenario) =>
    [
      ...Object.values(s.points ?? {}).flatMap((p) => [p.do, p.say ?? '', p.avoid ?? '', p.short ?? '']),
      ...Object.values(s.titles ?? {}),
      ...Object.values(s.nodes).flatMap((n) =>
        kindOf(n)
          .texts(n)
          .map((t) => t.text ?? ''),
      ),
    ].filter((t) => t.includes('{{'));
  it.each(ALL)('%s: no singular verb after {{name}}', (id) => {
    for (const t of texts(load(id))) expect(t).not.toMatch(SINGULAR);
  });
  it('the check itself would catch "whatever {{name}} decides"', () => {
    expect('whatever {{name}} decides').toMatch(SINGULAR);
    expect(OTHERS.flatMap((id) => texts(load(id))).length).toBeGreaterThan(20);
  });
  it.each(['denial', 'wont-help'])('%s: filled with the default "them", no "them decides"', (id) => {
    const s = load(id);
    const defaults = fillDefaults(s);
    expect(defaults.get('name')).toBe('them');
    for (const t of texts(s))
      expect(fill(t, {}, defaults)).not.toMatch(/\bwhatever them\b|\bthem (decides|answers|is safe)\b/i);
  });
});

describe('the check-in names the real gap to its next date (m6)', () => {
  const s = load('checkin');
  const WORDS = {
    tomorrow: 'tomorrow',
    days: 'in a few days',
    week: 'next week',
    weeks: 'in a couple of weeks',
    month: 'in about a month',
  };
  it.each(plans.get('checkin')!.map((p, i) => [i, p] as const))('plan %i', (_, plan) => {
    const band = revisitBand(revisitDays(s, factsOf(s, plan.answers))!);
    const again = ids(plan).filter((x) => x.startsWith('ci-again-'));
    if (plan.safety.stances.includes('afraid')) expect(again).toEqual([]);
    else {
      expect(again).toEqual([`ci-again-${band}`]);
      expect(renderPlanText(plan, { full: true }).replace(/\s+/g, ' ')).toContain(
        `check in with you again ${WORDS[band]}`,
      );
    }
  });
  it('bands fall where the words say', () => {
    expect([1, 3, 7, 14, 28].map(revisitBand)).toEqual(['tomorrow', 'days', 'week', 'weeks', 'month']);
  });
});

describe.each(OTHERS)('%s: the discreet domestic-abuse line (S12)', (id) => {
  const list = plans.get(id)!;
  it('comes exactly when the user said they are not afraid, and never beside the advocate block', () => {
    for (const p of list) {
      const no = answerOf(p, 'fear') === 'no';
      expect(p.safety.household, JSON.stringify(p.answers)).toBe(no);
      expect(ids(p).includes('home-safe-line')).toBe(no);
      const headings = helpBlocks(p).map((b) => b.heading);
      expect(headings.includes('If home ever feels unsafe')).toBe(no);
      if (no) expect(headings).not.toContain('If you feel afraid: domestic-abuse support');
    }
    expect(list.some((p) => p.safety.household)).toBe(true);
  });
});

describe.each(OTHERS)('%s: crisis steps only where the path passed the crisis note', (id) => {
  it('no crisis step in a plan made without risk', () => {
    for (const p of plans.get(id)!.filter((x) => x.safety.risk === 'none'))
      expect(
        ids(p).filter((x) => x.startsWith('crisis-')),
        JSON.stringify(p.answers),
      ).toEqual([]);
  });
  it('afraid and at risk: own safety first, and nothing that keeps them beside the person', () => {
    for (const p of plans.get(id)!) {
      const both = p.safety.risk !== 'none' && answerOf(p, 'fear') === 'yes';
      const order = p.sections[0]?.points.map((x) => x.id) ?? [];
      if (both) {
        expect(order[0]).toBe('crisis-fear-first');
        for (const x of ['crisis-stay', 'crisis-means', 'crisis-call', 'safety-after']) expect(ids(p)).not.toContain(x);
      } else expect(ids(p)).not.toContain('crisis-fear-first');
    }
  });
});

describe('regions and routes (m7, m11)', () => {
  it('NHS 111 is in the crisis block for GB only, in plans made with "not sure"', () => {
    expect(crisisLines(crisisFor('GB'), true).items.join(' ')).toMatch(/NHS 111: Call 111/);
    expect(crisisLines(crisisFor('GB')).items.join(' ')).not.toMatch(/NHS 111/);
    for (const r of ['US', 'IE', 'AU', 'NZ', 'CA', null])
      expect(crisisLines(crisisFor(r)).items.join(' ')).not.toMatch(/111 for urgent/);
  });
  it('SAMHSA is described as referrals, not counselling (helplines.md)', () => {
    expect(crisisFor('US').substance?.[0]?.how).toMatch(/referrals to local help, not counselling/);
  });
});

describe('talkcoach crisis: the steps for someone else', () => {
  it('keep staying close and moving means, not the fear-first or after steps', async () => {
    const steps = (await crisisSteps(async () => import('../../src/scenario/load.js'))).map((p) => p.id);
    expect(steps).toEqual(expect.arrayContaining(['crisis-call', 'crisis-stay', 'crisis-means', 'crisis-ask']));
    expect(steps).not.toContain('crisis-fear-first');
    expect(steps).not.toContain('safety-after');
    expect(steps).not.toContain('crisis-advice');
  });
});
