// The built scenarios write the nodes and points they share (the shared modules') once, in
// dist/compiled/shared-parts.json. Guards against a lossy build: each compiled scenario, put back
// together, must equal the scenario read from its YAML, node for node and in the same order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withShared, type SharedParts } from '../../src/scenario/compiled.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { ROOT } from '../helpers/cli.js';

const dir = join(ROOT, 'dist', 'compiled');
const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const parts = read('shared-parts.json') as SharedParts;
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml.json'));

describe('compiled scenarios and their shared parts', () => {
  it('share something: most of the modules are written once', () => {
    expect(files.length).toBeGreaterThan(4);
    expect(Object.keys(parts.nodes).length).toBeGreaterThan(10);
    expect(Object.keys(parts.points).length).toBeGreaterThan(50);
  });

  it.each(files)('%s put back together is the scenario its YAML gives', (f) => {
    type Entry = Parameters<typeof withShared>[0];
    const entry = (read(f) as { scenario: Entry }).scenario;
    const byId = entry.nodes.filter((e) => e.length === 1).length + entry.points.filter((e) => e.length === 1).length;
    const whole = withShared(entry, parts);
    const yaml = loadScenarioFile(join(BUILTIN_DIR, f.replace(/\.json$/, '')), { sharedDirs: [BUILTIN_SHARED_DIR] });
    expect(whole).toEqual(yaml.scenario);
    expect(Object.keys(whole!.nodes)).toEqual(Object.keys(yaml.scenario!.nodes));
    expect(Object.keys(whole!.points ?? {})).toEqual(Object.keys(yaml.scenario!.points ?? {}));
    if (f !== 'myself.yaml.json' && f !== 'checkin.yaml.json') expect(byId).toBeGreaterThan(20);
  });

  it('a part missing from shared-parts.json means no compiled copy, not a scenario with a hole', () => {
    const entry = (read(files[0]!) as { scenario: Parameters<typeof withShared>[0] }).scenario;
    const shared = entry.nodes.find((e) => e.length === 1)?.[0];
    const points = { ...parts.points };
    const nodes = { ...parts.nodes };
    if (shared) delete nodes[shared];
    else delete points[entry.points.find((e) => e.length === 1)![0]];
    expect(withShared(entry, { nodes, points })).toBeUndefined();
  });
});
