// The built-in scenarios as a reader meets them: safety first, complete plans, tailoring that
// matters, short enough to take. Generic over every scenarios/*.yaml.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/render/words.js';
import { answer, start } from '../../src/engine/session.js';
import { answersFor, walk } from '../../src/engine/walk.js';
import { edges } from '../../src/engine/graph.js';
import type { Answer, Plan } from '../../src/engine/types.js';
import { renderPlanText } from '../../src/render/text.js';
import { walkCheck } from '../../src/authoring/walk-check.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import type { Condition, Scenario } from '../../src/engine/model.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { GB } from '../helpers/fixtures.js';
import { playWith } from '../helpers/play.js';

export const EXPECTED_IDS = ['checkin', 'denial', 'friend', 'myself', 'partner', 'wont-help'];
/** At most 10 questions on the longest path (issue 11 added the questions on fear, the problem and
 * its pace; a user who is afraid reaches a plan after 4 or 5). */
export const MAX_QUESTIONS = 10;

const files = readdirSync(BUILTIN_DIR).filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'));
const loaded = files.map((n) => ({
  id: n.replace(/\.yaml$/, ''),
  ...loadScenarioFile(join(BUILTIN_DIR, n), { sharedDirs: [BUILTIN_SHARED_DIR] }),
}));

it('has the five built-in situations and the check-in', () => {
  expect(loaded.map((l) => l.id).sort()).toEqual(EXPECTED_IDS);
});

/** Longest path from the start counted in questions (notes and endings are not questions). */
function longestQuestions(s: Scenario): number {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    if (memo.has(id)) return memo.get(id)!;
    if (visiting.has(id)) throw new Error(`loop through ${id}`);
    visiting.add(id);
    const node = s.nodes[id]!;
    const own = node.kind === 'note' || node.kind === 'end' ? 0 : 1;
    const best = own + Math.max(0, ...edges(node).map((e) => visit(e.target)));
    visiting.delete(id);
    memo.set(id, best);
    return best;
  };
  return visit(s.start);
}

describe.each(loaded)('$id', ({ id, scenario, diagnostics }) => {
  it('loads with no errors and no warnings', () => {
    expect(diagnostics).toEqual([]);
    expect(scenario?.id).toBe(id);
  });
  if (!scenario) return;
  const s = scenario;
  const result = walk(s, GB);

  it('opens with a calm, direct safety question whose worried answers bring the crisis steps first', () => {
    const first = start(s, GB);
    if (first.done) throw new Error('no question');
    expect(first.question.step).toBe(1);
    expect(first.question.kind).toBe('choice');
    expect(first.question.ask).toMatch(/danger|hurt|safe/i);
    const risky = first.question.options.filter((o) => o.id !== 'no');
    expect(risky.map((o) => o.id).sort()).toEqual(['unsure', 'yes']);
    for (const o of risky) {
      const next = answer(s, first.state, { choice: o.id });
      expect(next.done).toBe(false);
      if (next.done) continue;
      expect(next.question).toMatchObject({ kind: 'note', crisis: true });
      expect(next.question.points?.every((p) => p.section === 'safety')).toBe(true);
      expect(next.question.points?.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('the walk reaches every question', () => {
    const reached = new Set([...result.taken].map((k) => k.slice(0, k.indexOf(':'))));
    for (const [nodeId, n] of Object.entries(s.nodes))
      if (n.kind !== 'end') expect(reached, `node ${nodeId} never reached`).toContain(nodeId);
  });

  it('every ending of every walk has boundaries, the disclaimer and the crisis block', () => {
    expect(result.plans.length).toBeGreaterThan(3);
    for (const { plan } of result.plans) {
      expect(plan.sections.find((x) => x.id === 'boundaries')?.points.length).toBeGreaterThan(0);
      expect(words(plan.disclaimer)).toMatch(/not a substitute for professional help/);
      expect(plan.crisis.lines.length).toBeGreaterThan(0);
      const text = renderPlanText(plan);
      expect(text).toContain('CRISIS HELP NOW');
      expect(text.replace(/\s+/g, ' ').trimEnd().endsWith('A doctor, a therapist or a crisis line can.')).toBe(true);
    }
  });

  it('puts the crisis steps first exactly when the person may be at risk', () => {
    for (const { answers, plan } of result.plans) {
      // The check-in has a second way in: "they said something that worried me".
      const worried = id === 'checkin' && (answers[1] as { choice: string }).choice === 'worrying';
      const risky = (answers[0] as { choice: string }).choice !== 'no' || worried;
      const crisisSteps = plan.sections[0]!.points.filter((p) => p.id.startsWith('crisis-'));
      expect(crisisSteps.length > 0, JSON.stringify(answers)).toBe(risky);
      if (risky) expect(plan.sections[0]!.id).toBe('safety');
    }
  });

  it(`asks at most ${MAX_QUESTIONS} questions on its longest path`, () => {
    expect(longestQuestions(s)).toBeLessThanOrEqual(MAX_QUESTIONS);
  });

  it('every talking point can reach some plan', () => {
    // The walk, then a search over the conditions for any point the walk did not meet (enumerating
    // every path grew too slow once fear, the problem and its pace were asked).
    expect(walkCheck(s, GB).unreachable.map((u) => u.message)).toEqual([]);
  });

  it('every point has a source and an example line that is words to say, mostly in the first person', () => {
    const points = Object.entries(s.points ?? {});
    for (const [pid, p] of points) {
      expect(p.source.length, pid).toBeGreaterThan(3);
      expect(p.say, `${pid} has no example line`).toBeTruthy();
      // Spoken words, not more guidance about the person.
      expect(p.say!, pid).not.toMatch(/^(tell|ask|remind|offer|suggest|say) (them|him|her)\b|\byour loved one\b/i);
    }
    const firstPerson = points.filter(([, p]) =>
      /\b(I|I'm|I've|I'd|I'll|me|my|we|we're|let's|us)\b/i.test(p.say ?? ''),
    );
    expect(firstPerson.length / points.length).toBeGreaterThan(0.6);
  });

  it('never suggests forcing, tricking, threatening or ultimatums, and promises no outcome', () => {
    for (const [pid, p] of Object.entries(s.points ?? {})) {
      const advice = `${p.do} ${p.say ?? ''}`;
      expect(advice, pid).not.toMatch(
        /\b(force them|make them go|trick|threaten|ultimatum|or else|guarantee|will fix|will cure)\b/i,
      );
    }
  });
});

/** Reasons: choosing some brings exactly their answers. */
const reasonOf = (c: Condition | undefined): string | undefined =>
  c && 'includes' in c && Object.keys(c.includes).length === 1 && typeof c.includes.reasons === 'string'
    ? c.includes.reasons
    : undefined;

// The check-in asks how the talk went, not what holds the person back.
describe.each(loaded.filter((l) => l.scenario && l.id !== 'checkin'))(
  '$id: the reasons picked bring exactly their answers',
  ({ scenario }) => {
    const s = scenario!;
    const reasonNode = Object.entries(s.nodes).find(([, n]) => n.kind === 'multi' && n.fact === 'reasons');
    it('has a reasons question', () => expect(reasonNode).toBeDefined());
    if (!reasonNode) return;
    const [nodeId, node] = reasonNode;
    const options = node.kind === 'multi' ? node.options.map((o) => o.id) : [];

    it.each(options)('picking only %s', (reason) => {
      const plan = playTo(s, nodeId, { choices: [reason] });
      const ids = new Set([...plan.sections, ...plan.more].flatMap((x) => x.points.map((p) => p.id)));
      const byReason = Object.entries(s.points ?? {}).filter(([, p]) => reasonOf(p.when));
      expect(
        byReason.some(([pid, p]) => reasonOf(p.when) === reason && ids.has(pid)),
        `no answer for ${reason}`,
      ).toBe(true);
      for (const [pid, p] of byReason)
        if (reasonOf(p.when) !== reason) expect(ids.has(pid), `${pid} for another reason`).toBe(false);
    });
  },
);

/** Plays the first options to reach `nodeId`, answers it with `given`, then the first options to the end. */
function playTo(s: Scenario, nodeId: string, given: Answer): Plan {
  let used = false;
  const plan = playWith(s, (q) => {
    if (q.node === nodeId) {
      used = true;
      return given;
    }
    if (q.kind === 'choice' && q.step === 1) return { choice: 'no' };
    return answersFor(q).find((x) => !('choices' in x) || x.choices.length === 1) ?? answersFor(q)[0]!;
  });
  if (!used) throw new Error(`did not reach ${nodeId}`);
  return plan;
}
