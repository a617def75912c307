// Dead ends, reported once per cause: the nodes no ending can be reached from are grouped into
// loops (strongly connected parts), and only a loop with no way on to another dead part is
// reported; the nodes that merely lead into it say nothing more. Linear in the size of the graph.
import { edges } from '../engine/graph.js';
import type { Scenario } from '../engine/model.js';

export interface DeadPart {
  /** The node the message is placed at: the first one written in the author's own file when there is one. */
  at: string;
  /** Every node of the loop, in file order. */
  nodes: string[];
  /** Where the loop's nodes lead, outside the loop itself (empty for a loop closed on itself). */
  targets: string[];
}

/**
 * The dead parts to report. `dead` holds the nodes no ending can be reached from; `ownFile` says
 * whether a node was written in the scenario's own file (not in a shared module).
 */
export function deadParts(scenario: Scenario, dead: ReadonlySet<string>, ownFile: (id: string) => boolean): DeadPart[] {
  const order = Object.keys(scenario.nodes).filter((id) => dead.has(id));
  const next = (id: string) => [...new Set(edges(scenario.nodes[id]!).map((e) => e.target))].filter((t) => dead.has(t));
  const comp = components(order, next);
  const parts = new Map<number, string[]>();
  for (const id of order) {
    const c = comp.get(id)!;
    const list = parts.get(c);
    if (list) list.push(id);
    else parts.set(c, [id]);
  }
  const out: DeadPart[] = [];
  for (const [c, nodes] of parts) {
    // A part that leads on to another dead part only follows it there: that part is the cause.
    if (nodes.some((id) => next(id).some((t) => comp.get(t) !== c))) continue;
    const inside = new Set(nodes);
    const targets = [...new Set(nodes.flatMap((id) => next(id)))].filter((t) => !inside.has(t));
    out.push({ at: nodes.find(ownFile) ?? nodes[0]!, nodes, targets });
  }
  return out;
}

/** Tarjan's strongly connected components, iterative so a long chain cannot overflow the stack. */
function components(ids: string[], next: (id: string) => string[]): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const comp = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let parts = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; out: string[]; i: number }[] = [];
    const open = (id: string) => {
      index.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, out: next(id), i: 0 });
    };
    open(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.out.length) {
        const t = top.out[top.i++]!;
        if (!index.has(t)) open(t);
        else if (onStack.has(t)) low.set(top.id, Math.min(low.get(top.id)!, index.get(t)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(top.id)!));
      if (low.get(top.id) === index.get(top.id)) {
        let id: string;
        do {
          id = stack.pop()!;
          onStack.delete(id);
          comp.set(id, parts);
        } while (id !== top.id);
        parts++;
      }
    }
  }
  return comp;
}
