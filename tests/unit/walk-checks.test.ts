// The walk checks: every plan of the exhaustive walk, and the talking points no plan reaches.
import { describe, expect, it } from 'vitest';
import { pathToPoint } from '../../src/engine/coverage.js';
import { walk } from '../../src/engine/walk.js';
import { asLines, walkCheck } from '../../src/authoring/walk-check.js';
import { loadFixture, loadText, scenarioText, UNKNOWN } from '../helpers/fixtures.js';

const example = loadFixture('example.yaml');

describe('the walk checks', () => {
  const build = (extraNodes: string, extraPoints: string, endAdd = '[rest]') =>
    loadText(
      scenarioText(
        `nodes:
  safety:
    kind: choice
    ask: Is anyone in danger?
    fact: risk
    options:
      - { id: "no", label: "No", next: first }
      - { id: "yes", label: "Yes", next: crisis }
  crisis: { kind: note, title: Safety, crisis: true, next: first }
  first:
    kind: choice
    ask: First?
    fact: a
    options: [{ id: x, label: X }, { id: w, label: W }]
    next: second
  second:
    kind: choice
    ask: Second?
    fact: b
    options: [{ id: y, label: Y }, { id: z, label: Z }]
    next: done
${extraNodes}  done: { kind: end, title: Plan, add: ${endAdd} }
points:
  rest: { section: boundaries, do: Rest., source: test }
${extraPoints}`,
        'walked',
      ),
    );

  it('counts sessions, answers taken and endings, and finds nothing wrong in a sound scenario', () => {
    const r = walkCheck(example, UNKNOWN);
    expect(r).toMatchObject({
      taken: 15,
      total: 15,
      endingsReached: 2,
      endingsTotal: 2,
      cut: false,
      problems: [],
      unreachable: [],
    });
    expect(r.sessions).toBe(walk(example, UNKNOWN).plans.length);
  });

  it('reports an ending whose only boundary reminder has a when that can fail', () => {
    const loaded = build(
      '',
      '  maybe: { section: boundaries, do: Maybe rest., source: test, when: { equals: { a: x } } }\n',
      '[maybe]',
    );
    expect(loaded.diagnostics.map((d) => d.message).join('\n')).toMatch(
      /every boundaries point this ending adds has a when/,
    );
    const r = walkCheck(loaded.scenario!, UNKNOWN);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.path).toEqual(['nodes', 'done', 'add']);
    expect(r.problems[0]!.message).toBe(
      'ending "done": in some plans reaching it, there is no boundaries section (no reminder for the user)',
    );
    expect(r.problems[0]!.details[0]).toMatch(/for example, the answers "no\\nw\\n/);
  });

  it('lists a point whose when can never hold, and not one a combination of answers reaches', () => {
    const loaded = build(
      '',
      '  never: { section: opening, do: Never., source: test, when: ' +
        '{ all: [{ equals: { a: x } }, { equals: { a: w } }] } }\n' +
        '  late: { section: opening, do: Late., source: test, when: { all: [{ equals: { a: w } }, { equals: { ' +
        'b: z } }] } }\n',
    );
    const s = loaded.scenario!;
    // The walk alone never answers w and then z: only the search finds that path.
    expect(
      walk(s, UNKNOWN).plans.some((p) => p.plan.sections.some((sec) => sec.points.some((pt) => pt.id === 'late'))),
    ).toBe(false);
    expect(asLines(pathToPoint(s, UNKNOWN, 'late')!)).toEqual(['no', 'w', 'z']);
    expect(pathToPoint(s, UNKNOWN, 'never')).toBeUndefined();
    const r = walkCheck(s, UNKNOWN);
    expect(r.unreachable.map((u) => u.message)).toEqual([
      'talking point "never" is in no plan: its when never holds at any ending',
    ]);
  });

  it('says when the session limit cut the walk short', () => {
    const r = walkCheck(example, UNKNOWN, 2);
    expect(r.cut).toBe(true);
    expect(r.taken).toBeLessThan(r.total);
  });
});
