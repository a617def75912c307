// The package as users get it: npm pack in a clean copy, then npx, a global install, a piped run,
// no runtime dependencies, and the library with its types (scripts/pack-check.mjs does the work).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('the packed tarball', () => {
  it('installs and runs on its own, under the 525 KiB limit, with no runtime dependencies', () => {
    const r = spawnSync(process.execPath, ['scripts/pack-check.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.stderr + r.stdout).toMatch(/pack-check: all good/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^0\.\d+\.\d+$/m);
    expect(r.stdout).toMatch(/-- \(empty\)/);
  }, 300_000);
});
