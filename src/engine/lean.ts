// A lean main plan: safety points of priority 1 always in; other priority 1 points while the plan has
// fewer than MAIN_POINTS; then priority 2 while it has fewer than FILL_POINTS: first the points the
// user's answers brought (an answer's add, a when), then the ending's own, each in plan order. The
// rest, and every priority 3, go to "More, if you want it". Safety points are priority 1 unless they
// say otherwise, so crisis steps are never moved out of sight; a walk check and seeded random plays
// hold the main plan to MAIN_POINTS. Pinned points (the answers to the first four worries a person
// ticked) come in right after safety and care, so a worry picked is a worry answered.
import type { Point } from './model.js';
import type { PlanPoint, PlanSection } from './types.js';

export const MAIN_POINTS = 12;
/** Priority 2 points fill the main plan up to this many, so a plan stays a few minutes' read. */
const FILL_POINTS = 9;

export const priorityOf = (p: Pick<Point, 'priority' | 'section'>): number =>
  p.priority ?? (p.section === 'safety' ? 1 : 2);

/** Splits sections (in plan order) into the main plan and the rest, keeping section order in both. */
export function splitLean(
  sections: readonly PlanSection[],
  pointOf: (id: string) => Pick<Point, 'priority' | 'section'>,
  general: ReadonlySet<string> = new Set(),
  /** Points kept in the main plan after safety and care, while it has room (the answers to ticked worries). */
  pinned: readonly string[] = [],
): { main: PlanSection[]; more: PlanSection[] } {
  const ranked = sections
    .flatMap((s) => s.points)
    .map((p, i) => {
      const point = pointOf(p.id);
      return {
        p,
        i,
        prio: priorityOf(point),
        section: point.section,
        safety: point.section === 'safety',
        own: general.has(p.id) ? 1 : 0,
      };
    })
    .sort((a, b) => a.prio - b.prio || a.own - b.own || a.i - b.i);
  const keep = new Set<PlanPoint>();
  const fits = (x: (typeof ranked)[number]) =>
    x.prio === 1 ? x.safety || keep.size < MAIN_POINTS : x.prio === 2 && keep.size < FILL_POINTS;
  // Safety first, so the cap never pushes a crisis step out for another point; then the user's own
  // boundaries and care (every plan keeps one in sight, however many answers came first).
  for (const x of ranked.filter((r) => r.safety)) if (fits(x)) keep.add(x.p);
  const care = ranked.find((r) => r.section === 'boundaries');
  if (care) keep.add(care.p);
  for (const id of pinned) {
    const x = ranked.find((r) => r.p.id === id);
    if (x && x.prio < 3 && keep.size < MAIN_POINTS) keep.add(x.p);
  }
  for (const x of ranked.filter((r) => !r.safety)) if (fits(x)) keep.add(x.p);
  const part = (inMain: boolean) =>
    sections
      .map((s) => ({ ...s, points: s.points.filter((p) => keep.has(p) === inMain) }))
      .filter((s) => s.points.length > 0);
  return { main: part(true), more: part(false) };
}
