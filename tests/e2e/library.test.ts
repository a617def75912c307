// The library entry as built (dist/index.js, what `import ... from 'talkcoach'` loads).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fixture } from '../helpers/fixtures.js';
import { readmeExample } from '../../scripts/lib/readme-example.mjs';

const lib = (await import('../../dist/index.js' as string)) as typeof import('../../src/index.js');

describe('import from the built library', () => {
  it('loads a scenario file, runs a session with readAnswer and answer, and renders the plan', async () => {
    const scenario = await lib.loadScenario(fixture('example.yaml'));
    let step = lib.start(scenario, { crisis: lib.crisisFor('GB') });
    for (const line of ['no', 'Sam', 'partner', 'cost', 'no']) {
      while (!step.done && step.question.kind === 'note') step = lib.answer(scenario, step.state, { continue: true });
      if (step.done) break;
      const read = lib.readAnswer(step.question, line);
      if (!read.ok) throw new Error(read.reason);
      step = lib.answer(scenario, step.state, read.answer);
    }
    expect(step.done).toBe(true);
    if (!step.done) return;
    expect(step.plan.title).toBe('A first, gentle talk with Sam');
    expect(JSON.parse(lib.renderPlan(step.plan, 'json')).version).toBe(3);
    expect(lib.renderPlan(step.plan, 'markdown')).toMatch(/^# A first, gentle talk with Sam/);
  });

  it('goes back a question', async () => {
    const scenario = await lib.loadScenario(fixture('example.yaml'));
    const first = lib.start(scenario, { crisis: lib.crisisFor(null) });
    if (first.done) throw new Error('finished at once');
    const second = lib.answer(scenario, first.state, { choice: 'no' });
    const again = lib.back(scenario, second.state);
    expect(again.done).toBe(false);
    if (!again.done) expect(again.question.node).toBe(first.question.node);
  });

  it('a scenario with problems: loadScenario throws a TalkcoachError, checkScenario lists them', async () => {
    await expect(lib.loadScenario(fixture('broken-missing-target.yaml'))).rejects.toMatchObject({
      name: 'TalkcoachError',
      kind: 'scenario',
    });
    const checked = await lib.checkScenario(fixture('broken-missing-target.yaml'));
    expect(checked.scenario).toBeUndefined();
    expect(checked.diagnostics.map((d) => lib.formatDiagnostic(d, false))).toContainEqual(
      expect.stringMatching(/:14:40: error: goes to "crisiss"/),
    );
  });

  it('lists the scenarios of a folder after the built-in ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkcoach-lib-'));
    copyFileSync(fixture('minimal.yaml'), join(dir, 'library-test-only.yaml'));
    const entries = lib.listScenarios({ dirs: [dir] });
    expect(entries.at(-1)).toMatchObject({ id: 'library-test-only', builtin: false });
    expect(entries.slice(0, -1).every((e) => e.builtin)).toBe(true);
  });
});

describe('the README example', () => {
  it('runs against the built library and prints a plan', () => {
    const code = readmeExample(ROOT);
    const dir = mkdtempSync(join(tmpdir(), 'talkcoach-readme-'));
    const file = join(dir, 'example.mjs');
    writeFileSync(
      file,
      code.replace("from 'talkcoach'", `from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/index.js')).href)}`),
    );
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^# A caring conversation with Sam\n/);
  });

  it('type-checks against the library declarations', () => {
    const code = readmeExample(ROOT);
    const dir = mkdtempSync(join(tmpdir(), 'talkcoach-readme-ts-'));
    writeFileSync(join(dir, 'example.mts'), code);
    const config = {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        types: [],
        paths: { talkcoach: [join(ROOT, 'dist/types/index.d.ts')] },
      },
      files: ['example.mts'],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});
