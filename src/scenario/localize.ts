// A scenario in another language, without a copy of the scenario: each string the reader sees is
// looked up by a key made of the ids that already exist (node, option, point), and the English
// stays where there is no translation. Keys: title, summary, for, section.<id>, stance.<stance>,
// node.<id>.<field>, node.<id>.option.<option>.<field>, point.<id>.<field> (scenarios/README.md).
import type { Option, Point, Scenario, ScenarioNode } from '../engine/model.js';
import type { PlanPoint } from '../engine/types.js';

/** The words for a key, given its English (the English itself when there is none). */
export type Say = (key: string, english: string) => string;

/** The fields of each thing a reader sees, in the order a translation file lists them. */
const NODE_FIELDS = ['ask', 'why', 'placeholder', 'default', 'title', 'body'] as const;
const OPTION_FIELDS = ['label', 'hint'] as const;
const POINT_FIELDS = ['do', 'say', 'avoid', 'short'] as const;

type Texts = Record<string, unknown>;

/** `o` with each of `fields` it has said by `say` under `prefix.field`. */
export function said<T extends object>(o: T, fields: readonly string[], prefix: string, say: Say): T {
  const copy = { ...o } as Texts;
  for (const f of fields) if (typeof copy[f] === 'string') copy[f] = say(`${prefix}.${f}`, copy[f]);
  return copy as T;
}

const node = (id: string, n: ScenarioNode, say: Say): ScenarioNode => {
  const words = said(n, NODE_FIELDS, `node.${id}`, say);
  if (!('options' in words)) return words;
  const options = words.options.map((o: Option) => said(o, OPTION_FIELDS, `node.${id}.option.${o.id}`, say));
  return { ...words, options };
};

const mapValues = <T>(r: Record<string, T> | undefined, f: (id: string, v: T) => T): Record<string, T> | undefined =>
  r && Object.fromEntries(Object.entries(r).map(([id, v]) => [id, f(id, v)]));

/** Every string of `s` a reader sees, said by `say`. */
export function localizeScenario(s: Scenario, say: Say): Scenario {
  const out: Scenario = {
    ...said(s, ['title', 'summary', 'for'], '', (key, en) => say(key.slice(1), en)),
    nodes: mapValues(s.nodes, (id, n) => node(id, n, say))!,
  };
  const points = mapValues<Point>(s.points, (id, p) => said(p, POINT_FIELDS, `point.${id}`, say));
  if (points) out.points = points;
  const sections = mapValues<string | undefined>(s.sections, (id, t) => t && say(`section.${id}`, t));
  if (sections) out.sections = sections;
  const titles = mapValues<string | undefined>(s.titles, (id, t) => t && say(`stance.${id}`, t));
  if (titles) out.titles = titles;
  return out;
}

/** Points outside a scenario (the crisis steps), said by `say`. */
export const localizePoints = (points: readonly PlanPoint[], say: Say): PlanPoint[] =>
  points.map((p) => said(p, POINT_FIELDS, `point.${p.id}`, say));
