// Other Node versions, from npm (node-<platform>-<arch>@<major>, a package holding bin/node), kept in a
// cache folder so that later runs need no download. Used by scripts/test-node-versions.mjs (the
// end-to-end tests on Node 22 and 24) and scripts/bench.mjs (start-up on Node 24).
// TALKCOACH_NODE_CACHE sets the cache folder (default ~/.cache/talkcoach/node).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

const cache = process.env.TALKCOACH_NODE_CACHE || join(homedir(), '.cache', 'talkcoach', 'node');
const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const nodeIn = (dir) => (process.platform === 'win32' ? join(dir, 'bin', 'node.exe') : join(dir, 'bin', 'node'));

export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  return r.stdout ?? '';
}

/** bin/node of the newest `pkg@major`, from the cache or fetched into it; checked to be that major. */
export function nodeFor(major, log = console.log) {
  const dir = join(cache, `${pkg}@${major}`);
  if (!existsSync(nodeIn(dir))) {
    log(`fetching ${pkg}@${major} from npm into ${cache}`);
    mkdirSync(cache, { recursive: true });
    const work = mkdtempSync(join(tmpdir(), 'talkcoach-node-'));
    try {
      // npm pack fetches the tarball without installing it (and without running any script).
      run(npm, ['pack', `${pkg}@${major}`, '--pack-destination', work, '--silent'], { cwd: work });
      const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
      if (!tarball) throw new Error(`npm pack ${pkg}@${major} gave no tarball`);
      run('tar', ['-xzf', tarball], { cwd: work });
      rmSync(dir, { recursive: true, force: true });
      renameSync(join(work, 'package'), dir);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const node = nodeIn(dir);
  const version = run(node, ['--version']).trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`${node} is ${version}, not Node ${major}`);
  return { node, version };
}
