// A scenario in the language of this run (src/scenario/localize.ts does the work; the language
// says how each string is said). English changes nothing and costs nothing.
import type { Scenario } from '../engine/model.js';
import type { PlanPoint } from '../engine/types.js';
import { scenarioText } from '../messages/index.js';
import { localizePoints, localizeScenario } from '../scenario/localize.js';

export function spoken(s: Scenario): Scenario {
  const say = scenarioText();
  return say ? localizeScenario(s, say) : s;
}

export function spokenPoints(points: PlanPoint[]): PlanPoint[] {
  const say = scenarioText();
  return say ? localizePoints(points, say) : points;
}
