// Runs the process tests (tests/e2e: the built package, spawned as a user would; commands that need
// no process are tested in process, tests/commands) on Node 22 and 24 too.
// Those Nodes come from npm (node-<platform>-<arch>@<major>, a package holding bin/node), kept in a
// cache folder so that later runs need no download. The machine's own Node runs everything else
// (vitest, npm); the tests spawn the CLI with TALKCOACH_TEST_NODE (see tests/helpers/cli.ts).
//   node scripts/test-node-versions.mjs [22 24]      (npm run test:nodes)
// TALKCOACH_NODE_CACHE sets the cache folder (default ~/.cache/talkcoach/node).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const majors = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['22', '24'];
const cache = process.env.TALKCOACH_NODE_CACHE || join(homedir(), '.cache', 'talkcoach', 'node');
const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const nodeIn = (dir) => (process.platform === 'win32' ? join(dir, 'bin', 'node.exe') : join(dir, 'bin', 'node'));

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  return r.stdout ?? '';
}

/** bin/node of the newest `pkg@major`, from the cache or fetched into it. */
function nodeFor(major) {
  const dir = join(cache, `${pkg}@${major}`);
  if (existsSync(nodeIn(dir))) return nodeIn(dir);
  console.log(`test-node-versions: fetching ${pkg}@${major} from npm into ${cache}`);
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
  return nodeIn(dir);
}

// These start no CLI on TALKCOACH_TEST_NODE (npm pack with the machine's Node; the library imported into
// vitest, and tsc): on Node 22 and 24 they would only repeat the first run.
const skip = ['tests/e2e/package.test.ts', 'tests/e2e/library.test.ts'].flatMap((f) => ['--exclude', f]);

let failed = 0;
for (const major of majors) {
  const node = nodeFor(major);
  const version = run(node, ['--version']).trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`${node} is ${version}, not Node ${major}`);
  console.log(`\ntest-node-versions: the end-to-end tests on Node ${version} (${node})`);
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/e2e', ...skip], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TALKCOACH_TEST_NODE: node },
  });
  if (r.status !== 0) {
    failed++;
    console.error(`test-node-versions: the end-to-end tests failed on Node ${version}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
