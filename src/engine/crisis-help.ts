// The steps crisis help (`!`) shows in a scenario: those of the crisis note the scenario names in
// `crisis-help` (in `myself`, steps for the user themselves), filled in with what was answered.
// Undefined when the scenario names none: the shared steps for helping someone else apply.
import { fillDefaults } from './fill.js';
import type { Scenario } from './model.js';
import { planPoint } from './plan.js';
import type { Facts, PlanPoint } from './types.js';

export function crisisHelpSteps(scenario: Scenario, facts: Facts = {}): PlanPoint[] | undefined {
  const id = scenario['crisis-help'];
  const node = id !== undefined && Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
  if (node?.kind !== 'note' || node.crisis !== true) return undefined;
  const defaults = fillDefaults(scenario);
  return (node.show ?? []).map((p) => planPoint(scenario, p, facts, defaults));
}
