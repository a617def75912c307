// targets() is the cheap form of edges() the graph checks use: the same targets, in the same order.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edges, targets } from '../../src/engine/graph.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadFixture } from '../helpers/fixtures.js';
import { loadScenarioFile } from '../../src/scenario/load.js';

const builtins = readdirSync(BUILTIN_DIR).filter((n) => /^[a-z-]+\.yaml$/.test(n));

describe('targets', () => {
  it.each(builtins)('%s: every node leads where its edges say', (name) => {
    const s = loadScenarioFile(`${BUILTIN_DIR}/${name}`, { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;
    for (const node of Object.values(s.nodes)) expect(targets(node)).toEqual(edges(node).map((e) => e.target));
  });

  it('the example fixture, with every kind of node', () => {
    const s = loadFixture('example.yaml');
    for (const node of Object.values(s.nodes)) expect(targets(node)).toEqual(edges(node).map((e) => e.target));
  });
});
