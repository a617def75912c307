import { describe, expect, it } from 'vitest';
import { dotString, graphModel, mermaidText, renderGraph } from '../../src/render/graph.js';
import { loadFixture, loadText, scenarioText } from '../helpers/fixtures.js';

const example = loadFixture('example.yaml');

describe('Mermaid labels', () => {
  it.each<[string, string, string]>([
    ['a double quote', 'say "hi"', 'say #34;hi#34;'],
    ['a hash, which starts an entity', 'step #2', 'step #35;2'],
    ['HTML', '<b>bold</b> & co', '#60;b#62;bold#60;/b#62; #38; co'],
    ['a backtick, which starts a Markdown string', '`code`', '#96;code#96;'],
    ['a pipe, which ends an edge label', 'a|b', 'a#124;b'],
    ['plain words and brackets', 'Who is {{name}} (to you)?', 'Who is {{name}} (to you)?'],
  ])('escape %s', (_name, input, output) => {
    expect(mermaidText(input)).toBe(output);
  });

  it('leaves nothing that could end a quoted label or start markup', () => {
    const nasty = 'x"]]; click A call alert(1) %% <script>#quot;`|';
    expect(mermaidText(nasty)).not.toMatch(/["<>`|]|#quot;/);
  });
});

describe('DOT strings', () => {
  it.each<[string, string]>([
    ['plain', '"plain"'],
    ['a "quote"', '"a \\"quote\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['two\nlines', '"two\\nlines"'],
  ])('%j', (input, output) => {
    expect(dotString(input)).toBe(output);
  });
});

describe('the graph of the example', () => {
  const mermaid = renderGraph(example, 'mermaid');
  const dot = renderGraph(example, 'dot');

  it('starts at the start node and draws every node once, in reading order', () => {
    const { nodes } = graphModel(example);
    expect(nodes.map((n) => n.id)).toEqual([
      'safety',
      'name',
      'crisis-now',
      'relationship',
      'worries',
      'tried',
      'end-again',
      'end-first',
    ]);
    expect(mermaid).toMatch(/^flowchart TD\n/);
    expect(mermaid).toContain('start0 --> n_safety');
  });

  it.each<[string, string]>([
    ['a choice is a diamond', 'n_relationship{"relationship<br>Who is {{name}} to you?"}'],
    ['a multiple choice is a hexagon', 'n_worries{{"worries<br>What worries has {{name}} mentioned?"}}'],
    ['typed text is slanted', 'n_name[/"name<br>What should we call them?"/]'],
    ['a note is a box', 'n_crisis_now["crisis-now<br>First, safety"]'],
    ['an ending is rounded and says END', 'n_end_first(["end-first<br>END: A first, gentle talk with {{name}}"])'],
  ])('%s', (_name, line) => {
    expect(mermaid.split('\n').map((l) => l.trim())).toContain(line);
  });

  it('labels each edge with the answers that take it, several answers to one place on one arrow', () => {
    expect(mermaid).toContain('n_safety -->|"No"| n_name');
    expect(mermaid).toContain(`n_safety -->|"Yes<br>I'm not sure"| n_crisis_now`);
    expect(mermaid).toContain('n_worries -->|"Cost<br>Time<br>What people might think<br>none of these"| n_tried');
    expect(mermaid).toContain('n_name --> n_relationship');
  });

  it('marks endings and crisis notes with classes', () => {
    expect(mermaid).toContain('class n_end_again,n_end_first ending');
    expect(mermaid).toContain('class n_crisis_now crisis');
  });

  it('writes DOT with the same nodes and edges', () => {
    expect(dot).toMatch(/^digraph "example" \{\n/);
    expect(dot).toContain('"crisis-now" [shape=note, style=filled');
    expect(dot).toContain('"safety" -> "crisis-now" [label="Yes\\nI\'m not sure"];');
    expect(dot.trimEnd().endsWith('}')).toBe(true);
  });
});

describe('awkward scenarios', () => {
  const scenario = (nodes: string) =>
    loadText(
      scenarioText(
        `nodes:
  safety:
    kind: yesno
    ask: 'Is anyone in "danger" <now>?'
    yes: { next: crisis }
    no: { next: end }
  crisis: { kind: note, title: Safety, crisis: true, next: end }
  end: { kind: end, title: Plan, add: [rest] }
${nodes}points:
  rest: { section: boundaries, do: Rest., source: test }
`,
        'awkward',
      ),
      'awkward.yaml',
    );

  it('gives the DOT start marker a name no node can take, so a node "start0" gets no false edge', () => {
    const loaded = scenario('  start0: { kind: note, title: Zero, next: end }\n');
    const dot = renderGraph(loaded.linked!, 'dot');
    expect(dot).toContain('  "start marker" -> "safety";\n');
    expect(dot.match(/-> "safety"/g)).toHaveLength(1);
    expect(dot).not.toMatch(/"start0" -> "safety"/);
  });

  it('prefixes ids so a node called "end" cannot end the flowchart', () => {
    const loaded = scenario('');
    expect(loaded.diagnostics).toEqual([]);
    const m = renderGraph(loaded.scenario!, 'mermaid');
    expect(m).toContain('n_end(["end<br>END: Plan"])');
    expect(m).not.toMatch(/^\s*end\b/m);
    expect(m).toContain('n_safety{"safety<br>Is anyone in #34;danger#34; #60;now#62;?"}');
  });

  it('draws a missing target as a dashed node, and unreachable nodes dashed', () => {
    const loaded = scenario('  lost: { kind: note, title: Lost, next: nowhere }\n');
    const m = renderGraph(loaded.linked!, 'mermaid');
    expect(m).toContain('n_nowhere["nowhere<br>missing: no such node"]');
    expect(m).toContain('class n_nowhere missing');
    expect(m).toContain('class n_lost unreachable');
  });

  it('keeps an arrow readable when many answers share it', () => {
    const options = Array.from({ length: 9 }, (_, i) => `      - { id: o${i}, label: Option ${i} }`).join('\n');
    const loaded = scenario(`  many:\n    kind: multi\n    ask: Which?\n    next: end\n    options:\n${options}\n`);
    const edge = graphModel(loaded.linked!).edges.find((e) => e.from === 'many')!;
    expect(edge.labels).toHaveLength(6);
    expect(edge.labels.at(-1)).toBe('… and 5 more');
  });
});
