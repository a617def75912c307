// Where practice comes from for the commands: the practice files (practice-files.ts, read and checked
// on first use), the loved one's name from the scenario (its default, or what the person typed in the
// plan), and the reasons the person picked.
import { fillDefaults } from '../engine/fill.js';
import { kindOf } from '../engine/kinds/index.js';
import type { Scenario } from '../engine/model.js';
import type { Plan } from '../engine/types.js';
import type { PracticeSource } from '../frontends/screens/practice-types.js';
import type { CommonOptions } from './context.js';
import { loadPracticeFiles } from './practice-files.js';

/** The name the scenario gives the loved one when none was typed ("your partner"). */
export const defaultName = (scenario: Scenario | undefined): string =>
  (scenario && fillDefaults(scenario).get('name')) || 'them';

/** What the person typed for the name in this plan, if anything. */
function typedName(scenario: Scenario | undefined, plan: Plan): string | undefined {
  if (!scenario) return undefined;
  const isName = (n: Scenario['nodes'][string]) => kindOf(n).form === 'typed' && kindOf(n).recorded(n)?.fact === 'name';
  const node = Object.entries(scenario.nodes).find(([, n]) => isName(n))?.[0];
  const a = plan.answers.find((x) => x.node === node)?.answer;
  return typeof a === 'string' && a.trim() !== '' ? a.trim() : undefined;
}

/** The reasons picked in this plan (the answer to the reasons question). */
const pickedReasons = (plan: Plan): string[] => {
  const a = plan.answers.find((x) => x.node === 'reasons')?.answer;
  return Array.isArray(a) ? a : [];
};

/** Practice offered after a plan: loaded only when the person says yes. */
export function practiceAfterPlan(
  o: CommonOptions,
  scenarios: (id: string) => Scenario | undefined,
  random: () => number,
): PracticeSource {
  return {
    random,
    async load(plan) {
      const p = await loadPracticeFiles(o);
      const scenario = plan ? scenarios(plan.scenario.id) : undefined;
      const name = (plan && typedName(scenario, plan)) ?? defaultName(scenario);
      return {
        input: { content: p.content, rules: p.rules, fills: { name } },
        name,
        reasons: plan ? pickedReasons(plan) : [],
      };
    },
  };
}
