// What a shared module or a scenario offers an author: its questions with their answer ids, the
// facts they record, its talking points, and the nodes it expects the scenario to define. The
// source of `talkcoach describe` and of the module table in the authoring guide. Pure.
import { edges } from '../engine/graph.js';
import { kindOf } from '../engine/kinds/index.js';
import { aliasOf } from '../engine/question-keys.js';
import type { Module, Scenario, SectionId } from '../engine/model.js';

export interface Contract {
  kind: 'module' | 'scenario';
  name: string;
  title: string;
  /** Every node, in file order: questions with their fact and answer ids, notes and endings bare. */
  nodes: { id: string; alias?: string; kind: string; fact?: string; answers?: string[] }[];
  /** Each fact a question or option records: its values, 'any' for typed text; `many` for a multi's list. */
  facts: { name: string; values: string[] | 'any'; many: boolean }[];
  /** Talking point ids by section, in file order. */
  points: { id: string; section: SectionId }[];
  /** Nodes this one leads to but does not define: a scenario using the module must define them. */
  expects: string[];
}

export function contractOf(source: Module | Scenario): Contract {
  const nodes = source.nodes ?? {};
  const facts = new Map<string, { values: Set<string> | 'any'; many: boolean }>();
  const note = (name: string, values: readonly string[] | 'any', many: boolean) => {
    const f = facts.get(name) ?? { values: new Set<string>(), many: false };
    f.many ||= many;
    if (values === 'any') f.values = 'any';
    else if (f.values !== 'any') for (const v of values) f.values.add(v);
    facts.set(name, f);
  };
  const expects = new Set<string>();
  const out: Contract['nodes'] = [];
  for (const [id, node] of Object.entries(nodes)) {
    const kind = kindOf(node);
    const recorded = kind.recorded(node);
    const many = kind.form === 'any';
    if (recorded) note(recorded.fact, recorded.values, many);
    for (const set of kind.sets(node)) for (const [k, v] of Object.entries(set)) note(k, [v], false);
    const answers = kind.asks
      ? recorded?.values !== undefined && recorded.values !== 'any'
        ? [...recorded.values]
        : kind.options(node).map((o) => o.id)
      : undefined;
    const alias = aliasOf(node);
    out.push({
      id,
      ...(alias !== undefined ? { alias } : {}),
      kind: node.kind,
      ...(recorded ? { fact: recorded.fact } : {}),
      ...(answers && answers.length > 0 ? { answers } : {}),
    });
    for (const e of edges(node)) if (!Object.hasOwn(nodes, e.target)) expects.add(e.target);
  }
  const isModule = 'module' in source;
  return {
    kind: isModule ? 'module' : 'scenario',
    name: isModule ? source.module : source.id,
    title: source.title ?? '',
    nodes: out,
    facts: [...facts].map(([name, f]) => ({
      name,
      values: f.values === 'any' ? 'any' : [...f.values],
      many: f.many,
    })),
    points: Object.entries(source.points ?? {}).map(([id, p]) => ({ id, section: p.section })),
    expects: [...expects],
  };
}
