// "In short", as a tired reader needs it: the safety lines the stance needs (crisis lines when there is
// any risk, the domestic-abuse line when the user is afraid or would rather not say, the substance line
// on substance paths), then at most five lines (one fewer for each safety line past the first): the
// one opener (only when no safety line leads), listening, the person's choice, the next step, one line
// of care for the user (and what to avoid, if there is room). The point that gives a role is the
// first of the main plan by priority, then plan order; a plan's main points already keep to its
// stance, so no line here can pull against another.
import type { Point, SummaryRole } from './model.js';
import { priorityOf } from './lean.js';
import type { PlanSafety, PlanSection, SummaryLine } from './types.js';

const ROLES: readonly SummaryRole[] = ['say', 'listen', 'choice', 'next', 'care', 'avoid'];
/** Lines besides the safety lines. */
const SUMMARY_LINES = 5;

export function summaryOf(
  safety: PlanSafety,
  main: readonly PlanSection[],
  pointOf: (id: string) => Point,
  filled: (text: string) => string,
): SummaryLine[] {
  const out: SummaryLine[] = [];
  if (safety.risk !== 'none') out.push({ role: 'crisis' });
  if (safety.afraid) out.push({ role: 'abuse' });
  if (safety.substances) out.push({ role: 'substance' });
  const lead = out.length > 0;
  const points = main.flatMap((s) => s.points).map((p, i) => ({ p, def: pointOf(p.id), i }));
  points.sort((a, b) => priorityOf(a.def) - priorityOf(b.def) || a.i - b.i);
  // One safety line comes on top of the five; each more takes a line's place, so it stays a glance.
  const room = SUMMARY_LINES - Math.max(0, out.length - 1);
  let lines = 0;
  for (const role of ROLES) {
    if (lines >= room || (role === 'say' && lead)) continue;
    const hit = points.find((x) => x.def.summary?.includes(role));
    if (!hit) continue;
    const text =
      role === 'say' ? hit.p.say : role === 'avoid' ? hit.p.avoid : hit.def.short ? filled(hit.def.short) : hit.p.do;
    if (!text) continue;
    out.push({ role, text, point: hit.p.id });
    lines++;
  }
  return out;
}
