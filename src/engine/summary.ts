// "In short": the crisis line first when there is any risk (the domestic-abuse line when the user
// is afraid), then one line for each role the scenario marks with `summary:` on its points. The
// point that gives a role is the first of the main plan by priority, then plan order. Say and avoid
// lines are the point's own; next and care take its `short` (else its advice).
import type { Point, SummaryRole } from './model.js';
import { priorityOf } from './lean.js';
import type { PlanSafety, PlanSection, SummaryLine } from './types.js';

const ROLES: readonly SummaryRole[] = ['say', 'avoid', 'next', 'care'];

export function summaryOf(
  safety: PlanSafety,
  main: readonly PlanSection[],
  pointOf: (id: string) => Point,
  filled: (text: string) => string,
): SummaryLine[] {
  const out: SummaryLine[] = [];
  if (safety.risk !== 'none') out.push({ role: 'crisis' });
  if (safety.afraid) out.push({ role: 'abuse' });
  const points = main.flatMap((s) => s.points).map((p, i) => ({ p, def: pointOf(p.id), i }));
  points.sort((a, b) => priorityOf(a.def) - priorityOf(b.def) || a.i - b.i);
  for (const role of ROLES) {
    const hit = points.find((x) => x.def.summary?.includes(role));
    if (!hit) continue;
    const text =
      role === 'say' ? hit.p.say : role === 'avoid' ? hit.p.avoid : hit.def.short ? filled(hit.def.short) : hit.p.do;
    if (text) out.push({ role, text, point: hit.p.id });
  }
  return out;
}
