// "In short": the crisis line first when there is any risk (the domestic-abuse line when the user
// is afraid), then one line for each role the scenario marks with `summary:` on its points. The
// point that gives a role is the first of the main plan by priority, then plan order.
import type { Point, SummaryRole } from '../scenario/format.js';
import { priorityOf } from './lean.js';
import type { PlanPoint, PlanSafety, PlanSection, SummaryLine } from './types.js';

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
    const text = hit.def.short ? filled(hit.def.short) : fallback(role, hit.p);
    if (text) out.push({ role, text, point: hit.p.id });
  }
  return out;
}

// Without a `short`, the say and avoid roles take the point's own say and avoid lines.
function fallback(role: SummaryRole, p: PlanPoint): string | undefined {
  if (role === 'say') return p.say;
  if (role === 'avoid') return p.avoid;
  return p.do;
}
