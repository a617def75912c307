// CONTRIBUTING.md's map stays true: every folder and top-level file of src/ is in it, its layers are
// the order dependency-cruiser enforces, and every path it names in its "how to" lines exists. Guards
// against a map that names a deleted file or leaves a new folder out (both happened).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const mapSection = text.slice(text.indexOf('## The map'), text.indexOf('\n## ', text.indexOf('## The map') + 1));
const rows = mapSection.split('\n').filter((l) => /^\| [a-z ]+ \| `src\//.test(l));
const backticked = (s: string) => [...s.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);

describe("CONTRIBUTING.md's map", () => {
  it('names every folder of src/, in the layer order of .dependency-cruiser.cjs', () => {
    const folders = rows.flatMap((r) => backticked(r.split('|')[2]!)).filter((p) => p.endsWith('/'));
    const { LAYERS } = loadLayers();
    expect(folders).toEqual(LAYERS.map((l) => `src/${l}/`));
    const onDisk = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(onDisk.map((d) => `src/${d.name}/`).sort()).toEqual([...folders].sort());
  });

  it('names every file at the top of src/', () => {
    const files = readdirSync(join(ROOT, 'src')).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(mapSection, f).toContain(`\`src/${f}\``);
  });

  it('names only paths that exist, in the map and in "How to add things"', () => {
    const named = backticked(text).filter((p) => /^src\/[\w/.-]+$/.test(p) && !p.includes('<'));
    expect(named.length).toBeGreaterThan(20);
    const missing = named.filter((p) => !existsSync(join(ROOT, p)));
    expect(missing).toEqual([]);
  });
});

/** The layers as dependency-cruiser's config lists them (the rules are made from that list). */
function loadLayers(): { LAYERS: string[] } {
  const source = readFileSync(join(ROOT, '.dependency-cruiser.cjs'), 'utf8');
  const list = /const LAYERS = (\[[^\]]*\]);/.exec(source)?.[1];
  if (!list) throw new Error('no LAYERS list in .dependency-cruiser.cjs');
  return { LAYERS: JSON.parse(list.replaceAll("'", '"')) as string[] };
}
