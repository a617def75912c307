// A scenario as a diagram: Mermaid (renders in Markdown on GitHub) or Graphviz DOT. Pure.
// Nodes are shaped by kind, each answer is a labelled edge, endings and crisis notes stand out.
import { edges, isEnd, reachable, showsCrisis } from '../engine/graph.js';
import { kindOf } from '../engine/kinds/index.js';
import type { Form } from '../engine/kinds/kind.js';
import type { Scenario, ScenarioNode } from '../engine/model.js';
import { stripUnsafe } from '../engine/typed.js';
import { words } from './words.js';
import { msg } from '../messages/index.js';

export type GraphFormat = 'mermaid' | 'dot';
export const GRAPH_FORMATS: readonly GraphFormat[] = ['mermaid', 'dot'];

/** Drawn by how it is answered (see the kinds table), or as a node that does not exist. */
type Shape = Form | 'missing';

interface DrawnNode {
  id: string;
  shape: Shape;
  /** The question, note title or plan title, shortened. */
  text: string;
  crisis: boolean;
  reachable: boolean;
}

interface DrawnEdge {
  from: string;
  to: string;
  /** One line per answer that takes this edge; empty when any answer does. */
  labels: string[];
}

const TEXT_MAX = 60;
const LABEL_MAX = 40;
const LABELS_MAX = 6;

function shorten(text: string, max: number): string {
  const one = stripUnsafe(text).replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

function nodeText(node: ScenarioNode): string {
  const heading = kindOf(node).heading(node);
  return isEnd(node) ? msg('render.graph.end', { title: heading }) : heading;
}

/** Nodes in the order a reader meets them (breadth-first from the start), then the unreachable ones. */
export function graphModel(scenario: Scenario): { nodes: DrawnNode[]; edges: DrawnEdge[] } {
  const seen = reachable(scenario);
  const ids = [...seen, ...Object.keys(scenario.nodes).filter((id) => !seen.has(id))];
  const nodes: DrawnNode[] = ids.map((id) => {
    const n = scenario.nodes[id]!;
    return {
      id,
      shape: kindOf(n).form,
      text: shorten(nodeText(n), TEXT_MAX),
      crisis: showsCrisis(n),
      reachable: seen.has(id),
    };
  });
  const out: DrawnEdge[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    // Answers that lead to the same place share one arrow, one label line each.
    const byTarget = new Map<string, DrawnEdge>();
    for (const e of edges(scenario.nodes[id]!)) {
      if (!Object.hasOwn(scenario.nodes, e.target) && !missing.includes(e.target)) missing.push(e.target);
      let edge = byTarget.get(e.target);
      if (!edge) {
        edge = { from: id, to: e.target, labels: [] };
        byTarget.set(e.target, edge);
        out.push(edge);
      }
      const label = words(e.label);
      if (label) edge.labels.push(shorten(label, LABEL_MAX));
    }
  }
  if (!Object.hasOwn(scenario.nodes, scenario.start)) missing.unshift(scenario.start);
  // A long stack of labels makes an arrow unreadable: the first few, and how many more.
  for (const e of out)
    if (e.labels.length > LABELS_MAX)
      e.labels = [
        ...e.labels.slice(0, LABELS_MAX - 1),
        msg('render.graph.more', { count: e.labels.length - LABELS_MAX + 1 }),
      ];
  for (const id of missing)
    nodes.push({ id, shape: 'missing', text: msg('render.graph.missing'), crisis: false, reachable: false });
  return { nodes, edges: out };
}

export function renderGraph(scenario: Scenario, format: GraphFormat): string {
  return format === 'dot' ? renderDot(scenario) : renderMermaid(scenario);
}

// --- Mermaid ---------------------------------------------------------------------------------

/**
 * Text inside a quoted Mermaid label. `"` would end the label, `#` starts an entity, `<`, `>` and
 * `&` are HTML to GitHub's renderer, a leading backtick starts a Markdown string and `|` ends an
 * edge label: each becomes a numeric entity (`#34;`), which Mermaid shows as the character.
 */
export function mermaidText(text: string): string {
  return text.replace(/[#"<>&`|\\]/g, (c) => `#${c.codePointAt(0)};`);
}

// Ids are prefixed so none can be a Mermaid keyword (end, graph, subgraph...) or start an arrow (o, x).
const mermaidId = (id: string) => `n_${id.replace(/-/g, '_')}`;

const MERMAID_SHAPES: Record<Shape, [string, string]> = {
  one: ['{', '}'],
  any: ['{{', '}}'],
  typed: ['[/', '/]'],
  read: ['[', ']'],
  ending: ['([', '])'],
  missing: ['[', ']'],
};

function renderMermaid(scenario: Scenario): string {
  const { nodes, edges: es } = graphModel(scenario);
  const lines = [
    'flowchart TD',
    `  %% talkcoach graph of "${mermaidText(scenario.id)}". Shapes: diamond = choice or yes/no, hexagon = pick any,`,
    '  %% slanted = typed answer, box = note (red: crisis lines), rounded = ending (green),',
    '  %% dashed = missing or unreachable',
    '  start0(("start"))',
  ];
  for (const n of nodes) {
    const [open, close] = MERMAID_SHAPES[n.shape];
    const label = `${mermaidText(n.id)}<br>${mermaidText(n.text)}`;
    lines.push(`  ${mermaidId(n.id)}${open}"${label}"${close}`);
  }
  lines.push(`  start0 --> ${mermaidId(scenario.start)}`);
  for (const e of es) {
    const label = e.labels.length > 0 ? `|"${e.labels.map(mermaidText).join('<br>')}"|` : '';
    lines.push(`  ${mermaidId(e.from)} -->${label} ${mermaidId(e.to)}`);
  }
  // Dark text on light fills, so the classes read on GitHub's dark theme too.
  lines.push(
    '  classDef ending fill:#e3f4e6,stroke:#2e7d32,stroke-width:2px,color:#111',
    '  classDef crisis fill:#fde8e8,stroke:#c62828,stroke-width:2px,color:#111',
    '  classDef missing fill:#fff,stroke:#c62828,stroke-dasharray:5 5,color:#111',
    '  classDef unreachable fill:#f2f2f2,stroke:#888,stroke-dasharray:5 5,color:#111',
  );
  const classes: [string, (n: DrawnNode) => boolean][] = [
    ['ending', (n) => n.shape === 'ending' && n.reachable],
    ['crisis', (n) => n.crisis && n.reachable],
    ['missing', (n) => n.shape === 'missing'],
    ['unreachable', (n) => !n.reachable && n.shape !== 'missing'],
  ];
  for (const [name, test] of classes) {
    const members = nodes.filter(test).map((n) => mermaidId(n.id));
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${name}`);
  }
  return `${lines.join('\n')}\n`;
}

// --- Graphviz DOT ----------------------------------------------------------------------------

/** A double-quoted DOT string: backslashes and quotes escaped, line breaks as \n. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const DOT_SHAPES: Record<Shape, string> = {
  one: 'shape=diamond',
  any: 'shape=hexagon',
  typed: 'shape=parallelogram',
  read: 'shape=note',
  ending: 'shape=box, style="rounded,filled", fillcolor="#e3f4e6", color="#2e7d32", penwidth=2',
  missing: 'shape=box, style=dashed, color="#c62828"',
};

/** The start marker's DOT name: a space is in no node id, so no node can take it (as "start0" could). */
const DOT_START = '"start marker"';

function renderDot(scenario: Scenario): string {
  const { nodes, edges: es } = graphModel(scenario);
  const lines = [
    `digraph ${dotString(scenario.id)} {`,
    '  rankdir=TB;',
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=10];',
    `  ${DOT_START} [shape=circle, label="start", width=0.5];`,
  ];
  for (const n of nodes) {
    const extra = [
      n.crisis ? 'style=filled, fillcolor="#fde8e8", color="#c62828", penwidth=2' : '',
      !n.reachable && n.shape !== 'missing' ? 'style=dashed, color="#888888"' : '',
    ]
      .filter(Boolean)
      .map((x) => `, ${x}`)
      .join('');
    lines.push(`  ${dotString(n.id)} [${DOT_SHAPES[n.shape]}${extra}, label=${dotString(`${n.id}\n${n.text}`)}];`);
  }
  lines.push(`  ${DOT_START} -> ${dotString(scenario.start)};`);
  for (const e of es) {
    const label = e.labels.length > 0 ? ` [label=${dotString(e.labels.join('\n'))}]` : '';
    lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)}${label};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
