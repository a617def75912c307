// The main plan's cap: safety always in sight, one boundaries point always kept, at most 12 points.
import { describe, expect, it } from 'vitest';
import { MAIN_POINTS, splitLean } from '../../src/engine/lean.js';
import type { SectionId } from '../../src/engine/model.js';
import type { PlanSection } from '../../src/engine/types.js';

type Spec = [id: string, section: SectionId, priority: 1 | 2 | 3];

function split(specs: Spec[]) {
  const order: SectionId[] = ['safety', 'worries', 'practical', 'boundaries'];
  const sections: PlanSection[] = order.map((id) => ({
    id,
    title: id,
    points: specs.filter((s) => s[1] === id).map(([pid]) => ({ id: pid, section: id, do: pid, source: 't' })),
  }));
  const of = new Map(specs.map(([id, section, priority]) => [id, { section, priority }]));
  const { main, more } = splitLean(sections, (id) => of.get(id)!);
  const ids = (list: PlanSection[]) => list.flatMap((s) => s.points.map((p) => p.id));
  return { main: ids(main), more: ids(more) };
}

const many = (n: number, section: SectionId, priority: 1 | 2 | 3, prefix: string): Spec[] =>
  Array.from({ length: n }, (_, i) => [`${prefix}${i}`, section, priority]);

describe('the lean main plan', () => {
  it.each([
    ['many answers of priority 1', [...many(15, 'worries', 1, 'w'), ['care', 'boundaries', 2] as Spec]],
    ['crisis steps and many answers', [...many(6, 'safety', 1, 's'), ...many(12, 'worries', 1, 'w')]],
    ['priority 2 only', [...many(20, 'practical', 2, 'p'), ['care', 'boundaries', 3] as Spec]],
  ])('%s: at most 12 in the main plan, nothing lost', (_, specs) => {
    const { main, more } = split(specs);
    expect(main.length).toBeLessThanOrEqual(MAIN_POINTS);
    expect(main.length + more.length).toBe(specs.length);
  });

  it('keeps every crisis step, then the first boundaries point, however many answers came first', () => {
    const specs: Spec[] = [...many(6, 'safety', 1, 's'), ...many(12, 'worries', 1, 'w'), ['care', 'boundaries', 2]];
    const { main } = split(specs);
    for (let i = 0; i < 6; i++) expect(main).toContain(`s${i}`);
    expect(main).toContain('care');
  });

  it('moves every priority 3 point to More', () => {
    const { main, more } = split([
      ['a', 'worries', 3],
      ['b', 'boundaries', 2],
    ]);
    expect(main).toEqual(['b']);
    expect(more).toEqual(['a']);
  });
});
