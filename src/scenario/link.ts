// Linking: a scenario and the shared modules it uses become one scenario. Pure: the modules
// arrive already parsed. Each merged node and point remembers which file it came from.
import type { Module, Scenario } from '../engine/model.js';
import { msg } from '../messages/index.js';

interface LinkProblem {
  /** Which file: 0 is the scenario, n is the n-th module in `modules`. */
  fileIndex: number;
  path: (string | number)[];
  message: string;
}

export interface Linked {
  scenario: Scenario;
  /** "nodes/<id>" or "points/<id>" → index of the file it was written in (0: the scenario). */
  origin: Map<string, number>;
  problems: LinkProblem[];
}

export function link(scenario: Scenario, modules: readonly Module[]): Linked {
  const origin = new Map<string, number>();
  const problems: LinkProblem[] = [];
  const nodes: Scenario['nodes'] = Object.create(null);
  const points: NonNullable<Scenario['points']> = Object.create(null);

  const take = <T>(
    into: Record<string, T>,
    kind: 'nodes' | 'points',
    from: Record<string, T> | undefined,
    fileIndex: number,
    name: string,
  ) => {
    for (const [key, value] of Object.entries(from ?? {})) {
      const where = origin.get(`${kind}/${key}`);
      if (where !== undefined) {
        const other =
          where === 0
            ? msg('scenario.link.theScenario')
            : msg('scenario.link.module', { module: modules[where - 1]!.module });
        problems.push({
          fileIndex,
          path: [kind, key],
          message: msg(kind === 'nodes' ? 'scenario.link.nodeTwice' : 'scenario.link.pointTwice', { key, name, other }),
        });
        continue;
      }
      origin.set(`${kind}/${key}`, fileIndex);
      into[key] = value;
    }
  };

  take(nodes, 'nodes', scenario.nodes, 0, msg('scenario.link.theScenario'));
  take(points, 'points', scenario.points, 0, msg('scenario.link.theScenario'));
  modules.forEach((m, i) => {
    take(nodes, 'nodes', m.nodes, i + 1, msg('scenario.link.module', { module: m.module }));
    take(points, 'points', m.points, i + 1, msg('scenario.link.module', { module: m.module }));
  });
  return { scenario: { ...scenario, nodes, points }, origin, problems };
}
