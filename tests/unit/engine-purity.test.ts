// The engine is pure: bundled on its own, everything it pulls in is under src/engine/, and it needs
// nothing from outside (no node: module, no package). Read from the bundler (rolldown, as the build),
// so an import through another file or a re-export is seen as well as a direct one.
import { readdirSync } from 'node:fs';
import { relative, join, sep } from 'node:path';
import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** The files a bundle of `entries` takes in (paths from the project's root), and the imports it
 * leaves outside (node: modules), as each module was read: an import never used still counts, and
 * the bundler's own runtime is no module of ours. */
async function bundle(...entries: string[]): Promise<{ files: string[]; external: string[] }> {
  const imports = new Map<string, string[]>();
  const record = {
    name: 'record-imports',
    moduleParsed(info: { id: string; importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] }) {
      if (!info.id.startsWith('\0')) imports.set(info.id, [...info.importedIds, ...info.dynamicallyImportedIds]);
    },
  };
  const b = await rolldown({ input: entries, cwd: ROOT, platform: 'node', logLevel: 'silent', plugins: [record] });
  await b.generate({ format: 'esm' }); // the modules are read as the bundle is made
  await b.close();
  const all = [...imports.values()].flat();
  return {
    files: [...imports.keys()].map((id) => relative(ROOT, id).split(sep).join('/')),
    external: [...new Set(all.filter((id) => !imports.has(id)))],
  };
}

/** What a bundle takes from outside `dir`: files elsewhere (a package is a file under node_modules/),
 * and imports left external (node: modules). */
function outside({ files, external }: { files: string[]; external: string[] }, dir: string): string[] {
  const stray = files.filter((f) => relative(dir, join(ROOT, f)).split(sep)[0] === '..');
  return [...stray, ...external];
}

describe('engine purity, from the bundle', () => {
  // Every file of the engine is an entry (it has no index module), so none escapes the check.
  it('every file under src/engine bundles from src/engine alone, with nothing external', async () => {
    const files = readdirSync(join(ROOT, 'src/engine'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const found = await bundle(...files.map((f) => join(ROOT, 'src/engine', f)));
    expect(found.files.length).toBe(files.length);
    expect(outside(found, join(ROOT, 'src/engine'))).toEqual([]);
  });

  it('the check can fail: the library entry pulls in files and modules from outside the engine', async () => {
    const found = outside(await bundle(join(ROOT, 'src/index.ts')), join(ROOT, 'src/engine'));
    expect(found).toContainEqual(expect.stringMatching(/^src\/scenario\//));
    expect(found).toContainEqual(expect.stringMatching(/^node:/));
  });
});
