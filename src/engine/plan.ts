// Plan assembly: the points gathered along the path, plus every point whose `when` holds at the
// end (a point that some answer or ending adds comes only with that add; its `when` narrows it),
// less what the plan's safety stances forbid, deduplicated and grouped in a fixed section order.
import { SECTIONS, type Scenario, type SectionId, type Stance } from './model.js';
import { holds } from './conditions.js';
import { kindOf } from './kinds/index.js';
import { EngineError } from './errors.js';
import { fill } from './fill.js';
import { pointRefs } from './graph.js';
import { splitLean } from './lean.js';
import { becauseOf } from './because.js';
import { safetyOf } from './safety-flags.js';
import { forbiddenBy } from './stance.js';
import { summaryOf } from './summary.js';
import { withRevisit } from './checkin.js';
import type { CrisisInfo, Facts, Frame, Offer, Plan, PlanPoint, PlanSafety, PlanSection } from './types.js';
import { word } from './words.js';

/** A talking point as a plan shows it, fill-ins done. Takes any points table: a scenario's or a module's. */
export function planPoint(
  from: Pick<Scenario, 'points'>,
  id: string,
  facts: Facts,
  defaults: Map<string, string>,
): PlanPoint {
  const p = from.points && Object.hasOwn(from.points, id) ? from.points[id] : undefined;
  if (!p) throw new EngineError('broken-scenario', { point: id });
  const f = (t: string) => fill(t, facts, defaults);
  return {
    id,
    section: p.section,
    do: f(p.do),
    ...(p.say ? { say: f(p.say) } : {}),
    ...(p.avoid ? { avoid: f(p.avoid) } : {}),
    ...(p.tags && p.tags.length > 0 ? { tags: [...p.tags] } : {}),
    ...(p.private ? { private: true as const } : {}),
    because: [],
    source: p.source,
  };
}

// The points some option, branch or ending adds: worked out once per scenario object.
const addedCache = new WeakMap<Scenario, Set<string>>();
/** Points that an answer, a note (its `show`: shown now and kept for the plan) or an ending adds.
 * Such a point comes only with that add; its `when` narrows it. A crisis step with a `when` such as
 * "not afraid of them" must never turn up in a plan whose path never passed the crisis note. */
export function addedPoints(scenario: Scenario): Set<string> {
  let set = addedCache.get(scenario);
  if (!set) {
    set = new Set();
    // Every reference a node makes to a point is an add or a note's show (options' adds included).
    for (const node of Object.values(scenario.nodes)) for (const r of pointRefs(node)) set.add(r.id);
    addedCache.set(scenario, set);
  }
  return set;
}

/** What follows a plan. No practice after fear, an undisclosed answer or danger (the plan is to act, or
 * to stay safe, not to rehearse), nor in a plan about the user; a check-in goes on to its date. */
function offersOf(scenario: Pick<Scenario, 'kind' | 'about'>, safety: PlanSafety): Offer[] {
  if (scenario.kind === 'checkin') return ['save', 'checkin'];
  const quiet: Stance[] = ['danger', 'self-at-risk', 'afraid', 'undisclosed'];
  const practice = scenario.about !== 'self' && !safety.stances.some((s) => quiet.includes(s));
  return practice ? ['practice', 'save'] : ['save'];
}

/** Ticked worries whose answers the main plan keeps, at most; with more, the plan names the rest. */
const PINNED_WORRIES = 4;

/** Each option ticked in a pick-any question, in the order ticked, with the worries points it brought. */
function tickedWorries(
  scenario: Scenario,
  frame: Frame,
  worryPoints: readonly PlanPoint[],
): { label: string; points: string[] }[] {
  const out: { label: string; points: string[] }[] = [];
  for (const record of frame.answers) {
    const node = Object.hasOwn(scenario.nodes, record.node) ? scenario.nodes[record.node]! : undefined;
    if (!node || kindOf(node).form !== 'any') continue;
    for (const { answer } of kindOf(node).effectsOf(node, record.answer)) {
      const ids = worryPoints
        .filter((p) => p.because?.some((b) => b.question === record.node && b.answer === answer))
        .map((p) => p.id);
      const label =
        kindOf(node)
          .options(node)
          .find((o) => o.id === answer)?.label ?? answer;
      if (ids.length > 0) out.push({ label, points: ids });
    }
  }
  return out;
}

export function assemblePlan(
  scenario: Scenario,
  frame: Frame,
  title: string,
  crisis: CrisisInfo,
  defaults: Map<string, string>,
): Plan {
  const points = scenario.points ?? {};
  // A check-in's points may name how far off its next date is (the `revisit` fact).
  const facts = withRevisit(scenario, frame.facts);
  const safety = safetyOf(scenario, facts);
  const no = forbiddenBy(safety.stances);
  // Defence in depth: `validate` refuses a scenario whose conditions let a forbidden point in.
  const allowed = (id: string) => !(Object.hasOwn(points, id) ? (points[id]!.tags ?? []) : []).some((t) => no.has(t));
  const ids = new Set<string>();
  for (const id of frame.added) {
    const when = Object.hasOwn(points, id) ? points[id]!.when : undefined;
    if ((!when || holds(when, facts)) && allowed(id)) ids.add(id);
  }
  const added = addedPoints(scenario);
  for (const [id, p] of Object.entries(points))
    if (p.when && !added.has(id) && holds(p.when, facts) && allowed(id)) ids.add(id);

  const because = becauseOf(scenario, frame);
  const bySection = new Map<SectionId, PlanPoint[]>();
  for (const id of ids) {
    const point = { ...planPoint(scenario, id, facts, defaults), because: because(id) };
    const list = bySection.get(point.section);
    if (list) list.push(point);
    else bySection.set(point.section, [point]);
  }
  const titles = scenario.sections ?? {};
  const all: PlanSection[] = SECTIONS.filter((s) => bySection.has(s)).map((s) => ({
    id: s,
    title: titles[s] ?? word(`section.${s}`),
    points: bySection.get(s)!,
  }));
  const pointOf = (id: string) => points[id]!;
  // The ending's own list is the general advice; what the answers brought is tailored and goes first.
  const ending = Object.hasOwn(scenario.nodes, frame.node) ? scenario.nodes[frame.node] : undefined;
  const general = new Set((ending && kindOf(ending).ending?.(ending).add) ?? []);
  const worries = tickedWorries(scenario, frame, bySection.get('worries') ?? []);
  const pinned = worries.slice(0, PINNED_WORRIES).flatMap((w) => w.points);
  const { main, more } = splitLean(all, pointOf, general, pinned);
  const inMore = new Set(more.flatMap((s) => s.points.map((p) => p.id)));
  const worriesInMore = worries
    .filter((w) => w.points.every((id) => inMore.has(id)))
    .map((w) => fill(w.label, frame.facts, defaults));
  // The first stance with a title of its own names the plan; an ordinary plan keeps its ending's.
  const stanceTitle = safety.stances.map((s) => (s === 'ordinary' ? undefined : scenario.titles?.[s])).find(Boolean);
  return {
    scenario: { id: scenario.id, title: scenario.title, summary: scenario.summary },
    title: fill(stanceTitle ?? title, facts, defaults),
    answers: frame.answers,
    safety,
    summary: summaryOf(safety, main, pointOf, (t) => fill(t, facts, defaults)),
    sections: main,
    more,
    ...(worriesInMore.length > 0 ? { worriesInMore } : {}),
    offers: offersOf(scenario, safety),
    crisis,
    disclaimer: word('plan.disclaimer'),
  };
}
