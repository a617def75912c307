// Plan assembly: the points gathered along the path, plus every point whose `when` holds at the
// end, deduplicated and grouped in a fixed section order.
import { SECTIONS, type Scenario, type SectionId } from './model.js';
import { holds } from './conditions.js';
import { kindOf } from './kinds/index.js';
import { EngineError } from './errors.js';
import { fill } from './fill.js';
import { splitLean } from './lean.js';
import { safetyOf } from './safety-flags.js';
import { summaryOf } from './summary.js';
import type { CrisisInfo, Facts, Frame, Plan, PlanPoint, PlanSection } from './types.js';
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
    source: p.source,
  };
}

export function assemblePlan(
  scenario: Scenario,
  frame: Frame,
  title: string,
  crisis: CrisisInfo,
  defaults: Map<string, string>,
): Plan {
  const ids = new Set<string>();
  const points = scenario.points ?? {};
  // Points added along the path count only while their own condition (if any) still holds.
  for (const id of frame.added) {
    const when = Object.hasOwn(points, id) ? points[id]!.when : undefined;
    if (!when || holds(when, frame.facts)) ids.add(id);
  }
  for (const [id, p] of Object.entries(points)) if (p.when && holds(p.when, frame.facts)) ids.add(id);

  const bySection = new Map<SectionId, PlanPoint[]>();
  for (const id of ids) {
    const point = planPoint(scenario, id, frame.facts, defaults);
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
  const { main, more } = splitLean(all, pointOf, general);
  const safety = safetyOf(scenario, frame.facts);
  return {
    scenario: { id: scenario.id, title: scenario.title, summary: scenario.summary },
    title: fill(title, frame.facts, defaults),
    answers: frame.answers,
    safety,
    summary: summaryOf(safety, main, pointOf, (t) => fill(t, frame.facts, defaults)),
    sections: main,
    more,
    crisis,
    disclaimer: word('plan.disclaimer'),
  };
}
