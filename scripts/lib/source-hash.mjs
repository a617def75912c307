// The content hash of what dist/ is built from, kept in dist/.source-hash: written by the build
// itself (so `npm pack`, whose prepack builds, leaves it in place) and read by ensure-ready.mjs to
// rebuild only when the sources changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'scenarios', 'scripts/build.mjs', 'scripts/lib', 'package.json', 'package-lock.json'];
export const STAMP = join('dist', '.source-hash');

/** Every file under the sources, by path then content, so a rename changes the hash too (paths
 * relative to the working folder, the project's root). */
export function sourceHash() {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
  };
  SOURCES.forEach(visit);
  return hash.digest('hex');
}
