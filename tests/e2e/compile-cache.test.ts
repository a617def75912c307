// Node's compile cache (issue 24): turned on by the entry only where Node has it (22.1 and later),
// in the folder Node chooses (node-compile-cache in the temporary folder: TMPDIR here, not
// NODE_COMPILE_CACHE, with which Node would turn the cache on by itself), holding compiled code and
// nothing else, and never for --version. A process is the point: the cache is Node's, kept between runs. Guards
// against a cache written on a Node without one, anywhere but Node's folder, with anything typed in
// it, or one that NODE_DISABLE_COMPILE_CACHE=1 cannot turn off.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, NODE } from '../helpers/cli.js';

const [major = 0, minor = 0] = spawnSync(NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' })
  .stdout.trim()
  .split('.')
  .map(Number);
const hasCache = major > 22 || (major === 22 && minor >= 1);

const made: string[] = [];
const folder = () => {
  const d = mkdtempSync(join(tmpdir(), 'talkcoach-cache-'));
  made.push(d);
  return d;
};
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every file under a folder, with its content. */
const files = (dir: string): { path: string; text: string }[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => join(dir, p))
    .filter((p) => statSync(p).isFile())
    .map((path) => ({ path, text: readFileSync(path, 'latin1') }));

describe(`the compile cache on Node ${major}.${minor} (${NODE})`, () => {
  const NAME = 'Zephyrine';
  const run = (env: Record<string, string>) => {
    const [cache, home, work] = [folder(), folder(), folder()];
    const r = cli(['run', 'partner', '--format', 'json'], {
      input: `1\n${NAME}\n${'1\n'.repeat(30)}`,
      env: { TMPDIR: cache, HOME: home, XDG_DATA_HOME: join(home, 'data'), ...env },
      cwd: work,
    });
    expect(r.stderr).not.toMatch(/something went wrong/);
    return { cache: files(cache), home: files(home), work: files(work), stdout: r.stdout };
  };

  it('is written only where Node has one, only in its folder, and holds no answer', () => {
    const r = run({});
    expect(r.stdout).toContain(NAME);
    expect(r.home).toEqual([]);
    expect(r.work).toEqual([]);
    if (!hasCache) return expect(r.cache).toEqual([]);
    expect(r.cache.length).toBeGreaterThan(0);
    for (const f of r.cache) expect(f.path).toContain(join('node-compile-cache', `v${major}.`));
    for (const f of r.cache) expect(f.text).not.toContain(NAME);
  });

  it('is not written when NODE_DISABLE_COMPILE_CACHE=1, nor by --version', () => {
    expect(run({ NODE_DISABLE_COMPILE_CACHE: '1' }).cache).toEqual([]);
    const cache = folder();
    expect(cli(['--version'], { env: { TMPDIR: cache } }).code).toBe(0);
    expect(files(cache)).toEqual([]);
  });
});
