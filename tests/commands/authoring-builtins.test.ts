// The authoring commands on the built-in scenarios and on your own scenario folders, as CI runs them.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runInProcess, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const builtIns = readdirSync(join(ROOT, 'scenarios'))
  .filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))
  .map((n) => n.replace(/\.yaml$/, ''));

describe('the built-in scenarios, as CI checks them', () => {
  it.each(builtIns)('%s has a test file and starts with the schema line', async (id) => {
    expect(readdirSync(join(ROOT, 'scenarios'))).toContain(`${id}.test.yaml`);
    expect(readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./scenario.schema.json',
    );
  });

  it('every shared module starts with the schema line', async () => {
    for (const n of readdirSync(join(ROOT, 'scenarios/shared'))) {
      expect(readFileSync(join(ROOT, 'scenarios/shared', n), 'utf8').split('\n')[0], n).toBe(
        '# yaml-language-server: $schema=../scenario.schema.json',
      );
    }
  });

  it('talkcoach test scenarios/*.test.yaml passes', async () => {
    const files = readdirSync(join(ROOT, 'scenarios'))
      .filter((n) => n.endsWith('.test.yaml'))
      .map((n) => `scenarios/${n}`);
    const r = await tc(['test', ...files]);
    expect(r.stdout).toMatch(new RegExp(`in ${files.length} files: (\\d+) passed, 0 failed\\n$`));
    expect(r.code).toBe(0);
  });

  it('test --walk --strict passes every built-in: all answers taken, every ending sound, no point unused', async () => {
    const r = await tc(['test', '--walk', '--strict', ...builtIns]);
    expect(r.code).toBe(0);
    const all = r.stdout.trimEnd().split('\n');
    // Each scenario: its result line, then the safety counts.
    expect(all).toHaveLength(builtIns.length * 2);
    const lines = all.filter((l) => l.startsWith('PASS'));
    for (const safety of all.filter((l) => l.startsWith('  safety:'))) {
      const m = /(\d+) with risk, (\d+) with the crisis lines first; (\d+) about substance use, (\d+) with the/.exec(
        safety,
      );
      expect(m, safety).not.toBeNull();
      expect(m![1]).toBe(m![2]);
      expect(m![3]).toBe(m![4]);
      expect(safety).toMatch(/; 0 points a stance forbids;.*\(0 over 100\).*\(0 over 12\)$/);
    }
    for (const line of lines) {
      const m =
        /^PASS walk \S+ .*: (\d+) sessions, (\d+) of (\d+) node\/answer pairs taken, (\d+) of (\d+) endings? reached, 0 problems, 0 talking points in no plan$/.exec(
          line,
        );
      expect(m, line).not.toBeNull();
      expect(m![2]).toBe(m![3]);
      expect(m![4]).toBe(m![5]);
    }
  });
});

describe('your own scenario folders', () => {
  // The guide's example scenario and its test file: a user scenario that uses a built-in module.
  const guide = readFileSync(join(ROOT, 'scenarios/README.md'), 'utf8');
  const [scenario, test] = [...guide.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1]!)
    .filter((y) => /^(id|cases):/m.test(y));
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkcoach-mine-'));
    writeFileSync(join(dir, 'colleague.yaml'), scenario!);
    writeFileSync(join(dir, 'colleague.test.yaml'), test!);
    return dir;
  };

  it('a scenario in --scenarios or TALKCOACH_SCENARIOS that uses a built-in module: listed, run, drawn', async () => {
    const dir = folder();
    const list = await tc(['list', '--json'], { env: { TALKCOACH_SCENARIOS: dir } });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).scenarios).toContainEqual(
      expect.objectContaining({ id: 'colleague', builtin: false, valid: true, file: join(dir, 'colleague.yaml') }),
    );
    const run = await tc(['run', 'colleague', '--scenarios', dir, '--format', 'json'], {
      input: 'no\nAna\nclose\ncost\nno\n',
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe('A first kind word to Ana');
    expect((await tc(['graph', 'colleague', '--scenarios', dir])).stdout).toContain('start0 --> n_safety');
    expect((await tc(['test', dir])).code).toBe(0);
    writeFileSync(join(dir, 'other.test.yaml'), test!.replace('format: 1\n', 'format: 1\nscenario: colleague\n'));
    const byId = await tc(['test', join(dir, 'other.test.yaml'), '--scenarios', dir]);
    expect(byId.stdout).toMatch(/^PASS .*other\.test\.yaml: 2 cases/);
  });

  it('skips a scenario of yours with a built-in id, and says so (the built-in one still runs)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'partner.yaml'), scenario!.replace('id: colleague', 'id: partner'));
    const r = await tc(['list', '--scenarios', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `warning: skipped ${join(dir, 'partner.yaml')}: the id "partner" is already used by a built-in scenario; ` +
        'rename the file',
    );
  });
});
