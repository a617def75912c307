// "In short", as a tired reader needs it: the safety lines the stance needs (crisis lines when there is
// any risk, the domestic-abuse line when the user is afraid or would rather not say, the substance line
// on substance paths), then the other lines up to five in all (never fewer than two): with no safety
// line, the one opener, listening, the person's choice, the next step, one line of care for the user
// (and what to avoid, if there is room); after safety lines, the next step and care come first and
// there is no opener. The point that gives a role is the
// first of the main plan by priority, then plan order; a plan's main points already keep to its
// stance, so no line here can pull against another.
import type { Point, SummaryRole } from './model.js';
import { priorityOf } from './lean.js';
import type { PlanSafety, PlanSection, SummaryLine } from './types.js';

const ROLES: readonly SummaryRole[] = ['say', 'listen', 'choice', 'next', 'care', 'avoid'];
/** After safety lines: what to do next, then care for the user, before how to talk. */
const ROLES_AFTER_SAFETY: readonly SummaryRole[] = ['next', 'care', 'listen', 'choice', 'avoid'];
/** Lines in all: a frightened reader reads about five. */
const SUMMARY_LINES = 5;
/** Lines besides the safety lines, however many of those there are. */
const AT_LEAST = 2;

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
  // Five lines in all, the safety lines among them, so it stays a glance; three safety lines still
  // leave the next step and care for the user.
  const room = Math.max(AT_LEAST, SUMMARY_LINES - out.length);
  let lines = 0;
  for (const role of lead ? ROLES_AFTER_SAFETY : ROLES) {
    if (lines >= room) continue;
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
