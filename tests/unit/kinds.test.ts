// The table of node kinds, one row per kind: what the walk tries, how a line reads, where it leads.
import { describe, expect, it } from 'vitest';
import { words } from '../../src/render/words.js';
import { KINDS, kindOf } from '../../src/engine/kinds/index.js';
import type { NodeKind, NodeOf, ScenarioNode } from '../../src/engine/model.js';
import type { Answer, Question } from '../../src/engine/types.js';

const options = [
  { id: 'a', label: 'Apple', next: 'x' },
  { id: 'b', label: 'Banana' },
];

/** One sample node of each kind. */
const SAMPLES: { [K in NodeKind]: NodeOf<K> } = {
  choice: { kind: 'choice', ask: 'Which?', options, next: 'y' },
  multi: { kind: 'multi', ask: 'Which ones?', options, next: 'y' },
  yesno: { kind: 'yesno', ask: 'Sure?', yes: { next: 'x', add: ['p1'] }, next: 'y' },
  text: { kind: 'text', ask: 'Name?', fact: 'name', default: 'them', next: 'y' },
  note: { kind: 'note', title: 'Read this', show: ['p2'], next: 'y' },
  end: { kind: 'end', title: 'Done', add: ['p3'] },
};

const question = (node: ScenarioNode): Question => ({
  node: 'n',
  kind: node.kind as Question['kind'],
  step: 1,
  aboutTotal: 1,
  canGoBack: false,
  ...kindOf(node).question(node, { fill: (t) => t, points: () => [] }),
});

interface Row {
  answers: Answer[];
  /** A line the kind reads, and the answer it reads as (undefined: refused). */
  reads: [string, Answer | undefined][];
  edges: [string, string][];
  refs: string[];
}

const ROWS: { [K in NodeKind]: Row } = {
  choice: {
    answers: [{ choice: 'a' }, { choice: 'b' }],
    reads: [
      ['2', { choice: 'b' }],
      ['apple', { choice: 'a' }],
      ['cherry', undefined],
    ],
    edges: [
      ['x', 'Apple'],
      ['y', 'Banana'],
    ],
    refs: [],
  },
  multi: {
    answers: [{ choices: [] }, { choices: ['a'] }, { choices: ['b'] }, { choices: ['a', 'b'] }],
    reads: [
      ['1, banana', { choices: ['a', 'b'] }],
      ['', { choices: [] }],
      ['a,,b', undefined],
    ],
    edges: [
      ['x', 'Apple'],
      ['y', 'Banana'],
      ['y', 'none of these'],
    ],
    refs: [],
  },
  yesno: {
    answers: [{ yes: true }, { yes: false }],
    reads: [
      // The branch id in any case; typed words such as "y" come from the run's language (issue 23).
      ['YES', { yes: true }],
      ['2', { yes: false }],
      ['maybe', undefined],
    ],
    edges: [
      ['x', 'Yes'],
      ['y', 'No'],
    ],
    refs: ['p1'],
  },
  text: {
    answers: [{ text: '' }, { text: 'Sam' }],
    reads: [[' Sam ', { text: ' Sam ' }]],
    edges: [['y', '']],
    refs: [],
  },
  note: {
    answers: [{ continue: true }],
    reads: [['anything', { continue: true }]],
    edges: [['y', '']],
    refs: ['p2'],
  },
  end: { answers: [], reads: [], edges: [], refs: ['p3'] },
};

describe('the kinds table', () => {
  // No test that KINDS and ROWS name the same kinds: both are typed { [K in NodeKind]: ... }, so tsc
  // fails on a kind missing from either.
  describe.each(Object.keys(ROWS) as NodeKind[])('%s', (kind) => {
    const node = SAMPLES[kind];
    const spec = kindOf(node);
    const row = ROWS[kind];

    it('tries these answers in the walk', () => {
      expect(spec.answers(spec.options(node))).toEqual(row.answers);
    });

    it.each(row.reads)('reads %j', (line, expected) => {
      const read = spec.read(question(node), line);
      expect(read).toEqual(
        expected ? { ok: true, answer: expected } : expect.objectContaining({ ok: false, reason: expect.any(String) }),
      );
    });

    it('leads to its edges', () => {
      expect(spec.edges(node).map((e) => [e.target, words(e.label)])).toEqual(row.edges);
    });

    it('refers to its points', () => {
      expect(spec.pointRefs(node).map((r) => r.id)).toEqual(row.refs);
    });

    it('applies each answer the walk tries, going where an edge goes', () => {
      const targets = new Set(row.edges.map(([t]) => t));
      for (const a of row.answers) {
        const moved = spec.apply(node, a, { remember: () => {}, effects: () => {} });
        expect(targets.has(moved.next!)).toBe(true);
      }
    });
  });

  it('an ending asks nothing: reading or applying there fails', () => {
    expect(() => KINDS.end.apply(SAMPLES.end, { continue: true }, { remember: () => {}, effects: () => {} })).toThrow();
    expect(KINDS.end.ending?.(SAMPLES.end)).toEqual({ title: 'Done', add: ['p3'] });
  });

  it('a way out with nowhere to go is dangling, per kind', () => {
    const bare = { ...SAMPLES.choice, next: undefined };
    expect(kindOf(bare).dangling(bare)).toEqual([{ path: ['options', 1], option: 'b' }]);
    const yn = { ...SAMPLES.yesno, next: undefined };
    expect(kindOf(yn).dangling(yn)).toEqual([{ path: ['no'], branch: 'no' }]);
    const m = { ...SAMPLES.multi, next: undefined };
    expect(kindOf(m).dangling(m)).toEqual([{ path: [] }]);
  });
});
