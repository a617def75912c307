// Makes a fresh clone runnable: installs the pinned dependencies when they are missing, then builds,
// but only when the sources changed since the last build (a content hash of src/, scenarios/, the
// build scripts and package.json, kept in dist/.source-hash). Used by `npm start` and `npm test`, so each
// works as the first command after cloning; says nothing on stdout, so `npm start --silent -- run
// partner --format json | jq` reads only the plan.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
function run(args) {
  const r = spawnSync(npm, args, { stdio: ['ignore', 2, 'inherit'], shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const SOURCES = ['src', 'scenarios', 'scripts/build.mjs', 'scripts/lib', 'package.json', 'package-lock.json'];
const STAMP = join('dist', '.source-hash');

/** Every file under the sources, by path then content, so a rename changes the hash too. */
function sourceHash() {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
  };
  SOURCES.forEach(visit);
  return hash.digest('hex');
}

if (!existsSync('node_modules/.package-lock.json')) {
  console.error('talkcoach: installing the pinned dependencies (first run only)...');
  run(['ci', '--no-audit', '--no-fund', '--loglevel=error']);
}
const hash = sourceHash();
const built = existsSync(STAMP) && existsSync(join('dist', 'cli.js')) ? readFileSync(STAMP, 'utf8').trim() : '';
if (built !== hash) {
  console.error('talkcoach: building (the sources changed since the last build)...');
  run(['run', '--silent', 'build']);
  writeFileSync(STAMP, `${hash}\n`);
}
