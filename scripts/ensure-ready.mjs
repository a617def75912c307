// Makes a fresh clone runnable: installs the pinned dependencies when they are missing, then builds,
// but only when the sources changed since the last build (a content hash of src/, scenarios/, the
// build scripts and package.json, kept in dist/.source-hash). Used by `npm start` and `npm test`, so each
// works as the first command after cloning; says nothing on stdout, so `npm start --silent -- run
// partner --format json | jq` reads only the plan.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { sourceHash, STAMP } from './lib/source-hash.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
function run(args) {
  const r = spawnSync(npm, args, { stdio: ['ignore', 2, 'inherit'], shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync('node_modules/.package-lock.json')) {
  console.error('talkcoach: installing the pinned dependencies (first run only)...');
  run(['ci', '--no-audit', '--no-fund', '--loglevel=error']);
}
const hash = sourceHash();
const built = existsSync(STAMP) && existsSync(join('dist', 'cli.js')) ? readFileSync(STAMP, 'utf8').trim() : '';
if (built !== hash) {
  console.error('talkcoach: building (the sources changed since the last build)...');
  // The build writes dist/.source-hash itself (scripts/build.mjs).
  run(['run', '--silent', 'build']);
}
