// Where practice comes from for the commands: the practice files (read and checked on first use),
// the loved one's name from the scenario (its default, or what the person typed in the plan), and
// the reasons the person picked.
import { fillDefaults } from '../engine/fill.js';
import { kindOf } from '../engine/kinds/index.js';
import type { Scenario } from '../engine/model.js';
import type { PracticeInput } from '../engine/practice/session.js';
import type { Plan } from '../engine/types.js';
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import type { PracticeSource } from '../frontends/screens/practice-types.js';
import { compiledPractice } from '../scenario/compiled.js';
import { formatDiagnostic } from '../scenario/diagnostics.js';
import type { CommonOptions } from './context.js';
import { yamlRoom } from './rooms.js';

export interface LoadedPractice {
  content: PracticeInput['content'];
  rules: PracticeInput['rules'];
  reasonIds: string[];
}

/** The built-in practice files, checked; a TalkcoachError listing their problems otherwise. Their
 * compiled copy when it is as fresh as the files (built packages): no YAML parser, no checks. */
export async function loadPracticeFiles(o: CommonOptions): Promise<LoadedPractice> {
  const built = compiledPractice();
  if (built) return built;
  const { loadPractice, reasonIds, BUILTIN_PRACTICE_DIR } = await yamlRoom();
  const p = loadPractice(BUILTIN_PRACTICE_DIR, o.maxBytes);
  if (!p.content || !p.rules) {
    throw new TalkcoachError(
      'scenario',
      msg('practice.cli.problems', { count: p.diagnostics.length, dir: BUILTIN_PRACTICE_DIR }),
      p.diagnostics.map((d) => formatDiagnostic(d)),
    );
  }
  return { content: p.content, rules: p.rules, reasonIds: reasonIds() };
}

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
