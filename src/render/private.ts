// Safety-plan details (points marked `private`: a code word, where things are kept) are shown on
// screen but kept out of saved files unless the person asks (--with-safety-details): anyone who uses
// the computer could find the file. Each file format says, in one line, that they were left out.
import type { Plan, PlanSection } from '../engine/types.js';

export interface LeftOut {
  /** How many points were left out. */
  count: number;
  /** Where the line saying so goes: `main:<section>` or `more:<section>`, the sections they were in. */
  where: ReadonlySet<string>;
}

export const noteKey = (list: 'main' | 'more', section: string): string => `${list}:${section}`;

/** The plan without its private points (and the "In short" lines they gave); undefined `left` when none. */
export function leavePrivateOut(plan: Plan): { plan: Plan; left?: LeftOut } {
  const gone = new Set<string>();
  const where = new Set<string>();
  const keep = (list: 'main' | 'more', sections: readonly PlanSection[]) =>
    sections.map((s) => {
      const points = s.points.filter((p) => {
        if (!p.private) return true;
        gone.add(p.id);
        where.add(noteKey(list, s.id));
        return false;
      });
      // A section left with no point stays, to hold the line saying why.
      return points.length === s.points.length ? s : { ...s, points };
    });
  const sections = keep('main', plan.sections);
  const more = keep('more', plan.more);
  if (gone.size === 0) return { plan };
  const summary = plan.summary.filter((l) => l.point === undefined || !gone.has(l.point));
  return { plan: { ...plan, sections, more, summary }, left: { count: gone.size, where } };
}
