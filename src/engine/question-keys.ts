// The names a script may give a question in answers keyed by question: its node id, and the
// readable alias a scenario may declare for it (`alias: name` on the node after-safety). Ids stay
// the contract (a shared module's exit points are named by id); an alias only adds a name.
import { kindOf } from './kinds/index.js';
import type { Scenario } from './model.js';

/** Each question's id and alias, to the question's node id (an alias never hides an id). */
export function questionKeys(scenario: Scenario): Map<string, string> {
  const keys = new Map<string, string>();
  const asked = Object.entries(scenario.nodes).filter(([, node]) => kindOf(node).asks);
  for (const [id] of asked) keys.set(id, id);
  for (const [id, node] of asked) {
    const alias = aliasOf(node);
    if (alias !== undefined && !keys.has(alias)) keys.set(alias, id);
  }
  return keys;
}

/** A question's alias; undefined for a node that declares none (or is no question). */
export const aliasOf = (node: Scenario['nodes'][string]): string | undefined =>
  'alias' in node && typeof node.alias === 'string' ? node.alias : undefined;

/** Aliases that clash: equal to another question's id or alias. Each clash once, at its later node. */
export function aliasClashes(scenario: Scenario): { node: string; alias: string; other: string }[] {
  const owner = new Map<string, string>();
  const asked = Object.entries(scenario.nodes).filter(([, node]) => kindOf(node).asks);
  for (const [id] of asked) owner.set(id, id);
  const out: { node: string; alias: string; other: string }[] = [];
  for (const [id, node] of asked) {
    const alias = aliasOf(node);
    if (alias === undefined || alias === id) continue;
    const other = owner.get(alias);
    if (other !== undefined) out.push({ node: id, alias, other });
    else owner.set(alias, id);
  }
  return out;
}
