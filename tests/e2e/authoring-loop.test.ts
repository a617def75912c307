// The author's loop through the real binary: walk warnings, describe, coverage, random play-throughs,
// run --from and the watch modes.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, NODE } from '../helpers/cli.js';
import { fixture } from '../helpers/fixtures.js';

describe('talkcoach describe', () => {
  it('prints what the crisis module offers', () => {
    const r = cli(['describe', 'crisis']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  safety (choice, risk): no, yes, unsure\n');
    expect(r.stdout).toMatch(/your scenario must define:\n {2}after-safety\n$/);
  });

  it('gives JSON for tools, and a scenario by id', () => {
    const r = cli(['describe', 'friend', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'scenario', name: 'friend' });
  });

  it('says when there is no such module or scenario', () => {
    const r = cli(['describe', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no module or scenario called "nope"');
  });
});

describe('talkcoach test --coverage and --random', () => {
  it('lists what the test files exercise, and what none does', () => {
    const r = cli(['test', '--coverage', 'tests/fixtures/example.test.yaml']);
    expect(r.stdout).toMatch(/^coverage of .*example\.yaml by \d+ cases?:$/m);
    expect(r.stdout).toMatch(/^ {2}answers taken \(question:answer\): \d+ of \d+/m);
    expect(r.stdout).toMatch(/^ {2}endings reached: \d+ of \d+/m);
  });

  it('plays seeded random runs: the same seed, the same output; a run without a plan is reported', () => {
    const a = cli(['test', '--random', '50', '--seed', '7', 'tests/fixtures/example.yaml']);
    const b = cli(['test', '--random', '50', '--seed', '7', 'tests/fixtures/example.yaml']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^(PASS|FAIL) random example: 50 runs \(seed 7\)/);
    const loop = cli(['test', '--random', '5', 'tests/fixtures/broken-dead-end.yaml']);
    expect(loop.code).toBe(3);
  });
});

describe('--watch and run --from', () => {
  /** Polls until `ok` holds for the output so far (no fixed sleeps). */
  async function until(read: () => string, ok: (s: string) => boolean, ms = 15_000): Promise<string> {
    const end = Date.now() + ms;
    while (!ok(read())) {
      if (Date.now() > end) throw new Error(`timed out; output so far:\n${read()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return read();
  }

  it.each([
    ['validate', 'minimal.yaml', /1 error/],
    ['test', 'example.test.yaml', /FAIL|problem/],
  ])('%s --watch re-runs when a file is saved', async (command, name, after) => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-watch-'));
    for (const f of ['minimal.yaml', 'example.yaml', 'example.test.yaml']) cpSync(fixture(f), join(dir, f));
    cpSync(fixture('shared'), join(dir, 'shared'), { recursive: true });
    const child = spawn(NODE, [BIN, command, '--watch', join(dir, name)], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    try {
      await until(
        () => out,
        (s) => s.includes('watching for changes'),
      );
      const target = join(dir, name === 'minimal.yaml' ? 'minimal.yaml' : 'example.yaml');
      writeFileSync(target, readFileSync(target, 'utf8').replace('kind: note', 'kind: nte'));
      const text = await until(
        () => out,
        (s) => s.includes('checking again') && /watching for changes[\s\S]*watching/.test(s),
      );
      expect(text.slice(text.indexOf('checking again'))).toMatch(after);
    } finally {
      child.kill();
    }
  });

  it('run --from refuses a node the scenario does not have', () => {
    const r = cli(['run', 'tests/fixtures/example.yaml', '--from', 'nope'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no node "nope" to start from');
  });
});
