// The shape of a scenario as a graph: where each node can lead, and what it refers to.
import { kindOf } from './kinds/index.js';
import type { Edge } from './kinds/kind.js';
import type { Scenario, ScenarioNode } from './model.js';

export const isEnd = (node: ScenarioNode): boolean => kindOf(node).ending !== undefined;

/** A note that shows the crisis lines. */
export const showsCrisis = (node: ScenarioNode): boolean => 'crisis' in node && node.crisis === true;

/** Every way out of a node. An option without `next` uses the node's own. */
export const edges = (node: ScenarioNode): Edge[] => kindOf(node).edges(node);

/** Every talking point id a node refers to, with where. */
export const pointRefs = (node: ScenarioNode): { id: string; path: (string | number)[] }[] =>
  kindOf(node).pointRefs(node);

/** Nodes reachable from the start, in breadth-first order. */
export function reachable(scenario: Scenario): Set<string> {
  const seen = new Set<string>();
  const queue = [scenario.start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
    if (!node || seen.has(id)) continue;
    seen.add(id);
    for (const e of edges(node)) if (!seen.has(e.target)) queue.push(e.target);
  }
  return seen;
}

/**
 * For each node, the fewest questions still to answer before an ending, counting the node itself
 * when it asks one (notes ask nothing); absent when no ending can be reached. A backwards search
 * with 0/1 weights, so linear in the size of the scenario.
 */
export function stepsToEnd(scenario: Scenario): Map<string, number> {
  const incoming = new Map<string, string[]>();
  const dist = new Map<string, number>();
  let current: string[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (isEnd(node)) {
      dist.set(id, 0);
      current.push(id);
    }
    for (const { target } of edges(node)) {
      const list = incoming.get(target);
      if (list) list.push(id);
      else incoming.set(target, [id]);
    }
  }
  for (let level = 0; current.length > 0; level++) {
    const next: string[] = [];
    for (let i = 0; i < current.length; i++) {
      const id = current[i]!;
      if (dist.get(id)! < level) continue; // reached more cheaply since it was queued
      for (const from of incoming.get(id) ?? []) {
        const weight = kindOf(scenario.nodes[from]!).asks ? 1 : 0;
        const d = level + weight;
        if ((dist.get(from) ?? Infinity) <= d) continue;
        dist.set(from, d);
        (weight === 0 ? current : next).push(from);
      }
    }
    current = next;
  }
  return dist;
}
