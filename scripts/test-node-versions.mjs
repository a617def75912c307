// Runs the process tests (tests/e2e: the built package, spawned as a user would; commands that need
// no process are tested in process, tests/commands) on Node 22 and 24 too.
// Those Nodes come from npm (scripts/lib/node-versions.mjs: node-<platform>-<arch>@<major>, a
// package holding bin/node), kept in a cache folder so that later runs need no download. The
// machine's own Node runs everything else (vitest, npm); the tests spawn the CLI with
// TALKCOACH_TEST_NODE (see tests/helpers/cli.ts).
//   node scripts/test-node-versions.mjs [22 24]      (npm run test:nodes)
// TALKCOACH_NODE_CACHE sets the cache folder (default ~/.cache/talkcoach/node).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeFor } from './lib/node-versions.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const majors = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['22', '24'];

// These start no CLI on TALKCOACH_TEST_NODE (npm pack with the machine's Node; the library imported into
// vitest, and tsc): on Node 22 and 24 they would only repeat the first run.
const skip = ['tests/e2e/package.test.ts', 'tests/e2e/library.test.ts'].flatMap((f) => ['--exclude', f]);

let failed = 0;
for (const major of majors) {
  const { node, version } = nodeFor(major, (line) => console.log(`test-node-versions: ${line}`));
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
