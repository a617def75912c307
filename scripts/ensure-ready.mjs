// Makes a fresh clone runnable: installs the pinned dependencies when they are missing, then builds.
// Used by `npm start` and `npm test`, so each works as the first command after cloning.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
function run(args) {
  const r = spawnSync(npm, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync('node_modules/.package-lock.json')) {
  console.error('talkcoach: installing the pinned dependencies (first run only)...');
  run(['ci', '--no-audit', '--no-fund', '--loglevel=error']);
}
run(['run', '--silent', 'build']);
