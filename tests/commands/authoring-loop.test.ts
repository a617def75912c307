// The author's loop, in process: describe, coverage, random play-throughs and run
// --from. (The watch modes, which run until stopped: tests/e2e/authoring-loop.test.ts.)
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runInProcess, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

describe('talkcoach describe', () => {
  it('prints what the crisis module offers', async () => {
    const r = await tc(['describe', 'crisis']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  safety (choice, risk): no, yes, unsure\n');
    expect(r.stdout).toMatch(/your scenario must define:\n {2}after-safety\n$/);
  });

  it('gives JSON for tools, and a scenario by id', async () => {
    const r = await tc(['describe', 'friend', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'scenario', name: 'friend' });
  });

  it('says when there is no such module or scenario', async () => {
    const r = await tc(['describe', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no module or scenario called "nope"');
  });
});

describe('talkcoach test --coverage and --random', () => {
  it('lists what the test files exercise, and what none does', async () => {
    const r = await tc(['test', '--coverage', 'tests/fixtures/example.test.yaml']);
    expect(r.stdout).toMatch(/^coverage of .*example\.yaml by \d+ cases?:$/m);
    expect(r.stdout).toMatch(/^ {2}answers taken \(question:answer\): \d+ of \d+/m);
    expect(r.stdout).toMatch(/^ {2}endings reached: \d+ of \d+/m);
  });

  it('plays seeded random runs: the same seed, the same output; a run without a plan is reported', async () => {
    const a = await tc(['test', '--random', '50', '--seed', '7', 'tests/fixtures/example.yaml']);
    const b = await tc(['test', '--random', '50', '--seed', '7', 'tests/fixtures/example.yaml']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^(PASS|FAIL) random example: 50 runs \(seed 7\)/);
    const loop = await tc(['test', '--random', '5', 'tests/fixtures/broken-dead-end.yaml']);
    expect(loop.code).toBe(3);
  });
});

describe('run --from', () => {
  it('run --from refuses a node the scenario does not have', async () => {
    const r = await tc(['run', 'tests/fixtures/example.yaml', '--from', 'nope'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no node "nope" to start from');
  });
});
