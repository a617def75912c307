// "Why this point?": the answers that brought each point into a plan. A point an answer added names
// that answer (a point a note shows names the answer that led to the note); a point that came by its
// own condition names the answers that set the facts the condition looks at; the ending's general
// advice names none.
import { factsNamed, valuesNamed } from './conditions.js';
import { kindOf } from './kinds/index.js';
import type { Scenario } from './model.js';
import type { Because, Frame } from './types.js';

export function becauseOf(scenario: Scenario, frame: Frame): (id: string) => Because[] {
  const addedBy = new Map<string, Because[]>();
  const factBy = new Map<string, Because[]>();
  const push = (m: Map<string, Because[]>, key: string, b: Because) => {
    const list = m.get(key);
    if (!list) m.set(key, [b]);
    else if (!list.some((x) => x.question === b.question && x.answer === b.answer)) list.push(b);
  };
  for (const record of frame.answers) {
    const node = Object.hasOwn(scenario.nodes, record.node) ? scenario.nodes[record.node]! : undefined;
    if (!node) continue;
    const kind = kindOf(node);
    const fact = kind.recorded(node)?.fact;
    const chosen = kind.effectsOf(node, record.answer);
    for (const { answer, effects } of chosen) {
      const b = { question: record.node, answer };
      for (const id of effects.add ?? []) push(addedBy, id, b);
      if (fact) push(factBy, fact, b);
      for (const f of Object.keys(effects.set ?? {})) push(factBy, f, b);
    }
    // The notes this answer led to: what they show came with it.
    const again = kind.again(record.answer);
    if (!again || chosen.length === 0) continue;
    let next: string | undefined;
    try {
      next = kind.apply(node, again, { remember: () => {}, effects: () => {} }).next;
    } catch {
      continue;
    }
    for (let hops = 0; next && hops < 8; hops++) {
      const shown = Object.hasOwn(scenario.nodes, next) ? scenario.nodes[next]! : undefined;
      const k = shown && kindOf(shown);
      if (!shown || k?.form !== 'read') break;
      for (const r of k.pointRefs(shown))
        for (const c of chosen) push(addedBy, r.id, { question: record.node, answer: c.answer });
      next = k.edges(shown)[0]?.target;
    }
  }
  const points = scenario.points ?? {};
  return (id) => {
    const by = addedBy.get(id);
    if (by) return by;
    const when = Object.hasOwn(points, id) ? points[id]!.when : undefined;
    if (!when) return [];
    // Only the answers the condition looks for: "includes reasons: cost" names the cost tick, not every tick.
    return [...new Set(factsNamed(when))].flatMap((f) => {
      const named = valuesNamed(when, f);
      const all = factBy.get(f) ?? [];
      // A fact the condition only rules out (under `not`) brought nothing.
      return all.filter((b) => named.has(b.answer));
    });
  };
}
