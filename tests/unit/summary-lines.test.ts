// "In short" is a glance: five lines in all, the safety lines among them, and never fewer than two
// others (the next step and care for the user). Guards against In short over its word cap when a plan
// carries the crisis, domestic-abuse and substance lines at once (random plays found 80 in 9,600).
import { describe, expect, it } from 'vitest';
import type { Point, SummaryRole } from '../../src/engine/model.js';
import { summaryOf } from '../../src/engine/summary.js';
import type { PlanSection } from '../../src/engine/types.js';
import { planSafety } from '../helpers/fixtures.js';

const ROLES: SummaryRole[] = ['say', 'listen', 'choice', 'next', 'care', 'avoid'];
const points: Record<string, Point> = Object.fromEntries(
  ROLES.map((role) => [
    role,
    {
      section: 'opening',
      do: `do ${role}`,
      say: `say ${role}`,
      avoid: `avoid ${role}`,
      short: `short ${role}`,
      summary: [role],
      source: 't',
    },
  ]),
);
const main: PlanSection[] = [
  {
    id: 'opening',
    title: 'x' as never,
    points: ROLES.map((id) => ({
      id,
      section: 'opening',
      do: `do ${id}`,
      say: `say ${id}`,
      avoid: `avoid ${id}`,
      source: 't',
    })),
  },
];
const safety = (risk: boolean, afraid: boolean, substances: boolean) =>
  planSafety({ risk: risk ? 'yes' : 'none', afraid, substances });

describe('In short', () => {
  it.each([
    // safety lines (risk, afraid, substances) -> the roles, in order
    [false, false, false, ['say', 'listen', 'choice', 'next', 'care']],
    [true, false, false, ['crisis', 'next', 'care', 'listen', 'choice']],
    [true, true, false, ['crisis', 'abuse', 'next', 'care', 'listen']],
    [false, true, true, ['abuse', 'substance', 'next', 'care', 'listen']],
    [true, true, true, ['crisis', 'abuse', 'substance', 'next', 'care']],
  ] as const)('risk %s, afraid %s, substances %s: %j', (risk, afraid, substances, roles) => {
    const lines = summaryOf(
      safety(risk, afraid, substances),
      main,
      (id) => points[id]!,
      (t) => t,
    );
    expect(lines.map((l) => l.role)).toEqual(roles);
    expect(lines.length).toBeLessThanOrEqual(5);
  });
});
