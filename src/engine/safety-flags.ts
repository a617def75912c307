// The plan's safety object: its stances (stance.ts), and the scenario's `safety:` conditions for
// risk, fear and substance use over the facts. A scenario without them is ordinary.
import type { Scenario } from './model.js';
import { holds } from './conditions.js';
import { stancesOf } from './stance.js';
import type { Facts, PlanSafety } from './types.js';

export function safetyOf(scenario: Pick<Scenario, 'safety' | 'about'>, facts: Facts): PlanSafety {
  const s = scenario.safety ?? {};
  const on = (c: (typeof s)['afraid']) => (c ? holds(c, facts) : false);
  const stances = stancesOf(scenario, facts);
  return {
    stance: stances[0]!,
    stances,
    // "Yes" wins over "not sure": the stronger answer sets the steps.
    risk: on(s['risk-yes']) ? 'yes' : on(s['risk-unsure']) ? 'unsure' : 'none',
    // Not saying is treated as fear for what opens the plan: the domestic-abuse lines, worded for both.
    afraid: stances.includes('afraid') || stances.includes('undisclosed'),
    substances: on(s.substances),
    // Universal education: someone the user may live with, no fear said. A plan made with fear or an
    // undisclosed answer already shows the line first, so it is not shown twice.
    household: on(s.household) && !stances.includes('afraid') && !stances.includes('undisclosed'),
  };
}

/** Any risk, or fear: the plan opens with the crisis lines. */
export const helpFirst = (s: PlanSafety): boolean => s.risk !== 'none' || s.afraid;
