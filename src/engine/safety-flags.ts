// The plan's safety object, from the scenario's `safety:` conditions over the facts. A scenario
// without them has no risk, fear or substance use to report.
import type { Scenario } from './model.js';
import { holds } from './conditions.js';
import type { Facts, PlanSafety } from './types.js';

export function safetyOf(scenario: Pick<Scenario, 'safety'>, facts: Facts): PlanSafety {
  const s = scenario.safety ?? {};
  const on = (c: (typeof s)['afraid']) => (c ? holds(c, facts) : false);
  return {
    // "Yes" wins over "not sure": the stronger answer sets the steps.
    risk: on(s['risk-yes']) ? 'yes' : on(s['risk-unsure']) ? 'unsure' : 'none',
    afraid: on(s.afraid),
    substances: on(s.substances),
  };
}

/** Any risk, or fear: the plan opens with the crisis lines. */
export const helpFirst = (s: PlanSafety): boolean => s.risk !== 'none' || s.afraid;
