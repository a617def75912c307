// The shape of a scenario as a graph: where each node can lead, and what it refers to.
import type { Branch, Option, Scenario, ScenarioNode } from './model.js';

export interface Edge {
  target: string;
  /** Path below the node to where the target is written, for messages. */
  path: (string | number)[];
  /** The answer that takes this edge, for graphs. */
  label: string;
}

export const isEnd = (node: ScenarioNode): boolean => node.kind === 'end';

/** Every way out of a node. An option without `next` uses the node's own. */
export function edges(node: ScenarioNode): Edge[] {
  const out: Edge[] = [];
  const via = (target: string | undefined, path: (string | number)[], label: string) => {
    if (target !== undefined) out.push({ target, path, label });
  };
  switch (node.kind) {
    case 'choice':
      node.options.forEach((o: Option, i) =>
        via(o.next ?? node.next, o.next ? ['options', i, 'next'] : ['next'], o.label),
      );
      break;
    case 'multi':
      // Picking an option with its own next goes there; any other pick, or none, goes to the question's next.
      node.options.forEach((o: Option, i) =>
        via(o.next ?? node.next, o.next ? ['options', i, 'next'] : ['next'], o.label),
      );
      via(node.next, ['next'], 'none of these');
      break;
    case 'yesno':
      for (const key of ['yes', 'no'] as const) {
        const b: Branch = node[key] ?? {};
        via(b.next ?? node.next, b.next ? [key, 'next'] : ['next'], key === 'yes' ? 'Yes' : 'No');
      }
      break;
    case 'text':
    case 'note':
      // Any answer (or none) goes on: no label.
      via(node.next, ['next'], '');
      break;
    case 'end':
      break;
  }
  return out;
}

/** Where a node can lead: the targets of `edges`, without the paths and labels only messages and
 * drawings need (the graph checks visit every node several times, so this is kept cheap). */
export function targets(node: ScenarioNode): string[] {
  const out: string[] = [];
  switch (node.kind) {
    case 'choice':
    case 'multi':
      for (const o of node.options) {
        const t = o.next ?? node.next;
        if (t !== undefined) out.push(t);
      }
      if (node.kind === 'multi' && node.next !== undefined) out.push(node.next);
      break;
    case 'yesno':
      for (const b of [node.yes, node.no]) {
        const t = b?.next ?? node.next;
        if (t !== undefined) out.push(t);
      }
      break;
    case 'text':
    case 'note':
      if (node.next !== undefined) out.push(node.next);
      break;
    case 'end':
      break;
  }
  return out;
}

/** Every talking point id a node refers to, with where. */
export function pointRefs(node: ScenarioNode): { id: string; path: (string | number)[] }[] {
  const out: { id: string; path: (string | number)[] }[] = [];
  const addAll = (ids: readonly string[] | undefined, path: (string | number)[]) =>
    ids?.forEach((id, i) => out.push({ id, path: [...path, i] }));
  switch (node.kind) {
    case 'choice':
    case 'multi':
      node.options.forEach((o, i) => addAll(o.add, ['options', i, 'add']));
      break;
    case 'yesno':
      addAll(node.yes?.add, ['yes', 'add']);
      addAll(node.no?.add, ['no', 'add']);
      break;
    case 'note':
      addAll(node.show, ['show']);
      break;
    case 'end':
      addAll(node.add, ['add']);
      break;
    case 'text':
      break;
  }
  return out;
}

/** Nodes reachable from the start, in breadth-first order. */
export function reachable(scenario: Scenario): Set<string> {
  const seen = new Set<string>();
  const queue = [scenario.start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
    if (!node || seen.has(id)) continue;
    seen.add(id);
    for (const t of targets(node)) if (!seen.has(t)) queue.push(t);
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
    for (const t of targets(node)) {
      const list = incoming.get(t);
      if (list) list.push(id);
      else incoming.set(t, [id]);
    }
  }
  for (let level = 0; current.length > 0; level++) {
    const next: string[] = [];
    for (let i = 0; i < current.length; i++) {
      const id = current[i]!;
      if (dist.get(id)! < level) continue; // reached more cheaply since it was queued
      for (const from of incoming.get(id) ?? []) {
        const weight = scenario.nodes[from]!.kind === 'note' ? 0 : 1;
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
