// The engine is pure: bundled on its own, everything it pulls in is under src/engine/, and it needs
// nothing from outside (no node: module, no package). Read from esbuild's metafile, so an import
// through another file or a re-export is seen as well as a direct one.
import { build, type Metafile } from 'esbuild';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

async function bundle(entry: string): Promise<Metafile> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    metafile: true,
    write: false,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  return r.metafile;
}

/** What a bundle takes from outside `dir`: files elsewhere (a package is a file under node_modules/),
 * and imports left external (node: modules). */
function outside(meta: Metafile, dir: string): string[] {
  const inputs = Object.keys(meta.inputs);
  const stray = inputs.filter((f) => relative(dir, join(ROOT, f)).split(sep)[0] === '..');
  const external = inputs.flatMap((f) => meta.inputs[f]!.imports.filter((i) => i.external).map((i) => i.path));
  return [...stray, ...external];
}

describe('engine purity, from the bundle', () => {
  // Both entries of the engine: the questions and plans, and the practice conversation.
  it.each(['src/engine/index.ts', 'src/engine/practice/index.ts'])(
    '%s bundles from src/engine alone, with nothing external',
    async (entry) => {
      const meta = await bundle(join(ROOT, entry));
      expect(Object.keys(meta.inputs).length).toBeGreaterThan(5);
      expect(outside(meta, join(ROOT, 'src/engine'))).toEqual([]);
    },
  );

  it('the check can fail: the library entry pulls in files and modules from outside the engine', async () => {
    const meta = await bundle(join(ROOT, 'src/index.ts'));
    const found = outside(meta, join(ROOT, 'src/engine'));
    expect(found).toContainEqual(expect.stringMatching(/^src\/scenario\//));
    expect(found).toContainEqual(expect.stringMatching(/^node:/));
  });
});
