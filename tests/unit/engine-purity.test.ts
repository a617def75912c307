// The engine is pure: bundled on its own, everything it pulls in is under src/engine/, and it needs
// nothing from outside (no node: module, no package). Read from esbuild's metafile, so an import
// through another file or a re-export is seen as well as a direct one.
import { build, type Metafile } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

async function bundle(...entries: string[]): Promise<Metafile> {
  const r = await build({
    entryPoints: entries,
    bundle: true,
    metafile: true,
    write: false,
    outdir: 'unwritten',
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
  // Every file of the engine is an entry (it has no index module), so none escapes the check.
  it('every file under src/engine bundles from src/engine alone, with nothing external', async () => {
    const files = readdirSync(join(ROOT, 'src/engine'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const meta = await bundle(...files.map((f) => join(ROOT, 'src/engine', f)));
    expect(Object.keys(meta.inputs).length).toBe(files.length);
    expect(outside(meta, join(ROOT, 'src/engine'))).toEqual([]);
  });

  it('the check can fail: the library entry pulls in files and modules from outside the engine', async () => {
    const meta = await bundle(join(ROOT, 'src/index.ts'));
    const found = outside(meta, join(ROOT, 'src/engine'));
    expect(found).toContainEqual(expect.stringMatching(/^src\/scenario\//));
    expect(found).toContainEqual(expect.stringMatching(/^node:/));
  });
});
