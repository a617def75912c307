// The authoring commands through the real binary: validate, graph, test, test --walk, and the
// built-in scenarios' own test files, as CI runs them.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeStackTrace, ROOT } from '../helpers/cli.js';
import { runInProcess, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const EXAMPLE = 'tests/fixtures/example.yaml';
const builtIns = readdirSync(join(ROOT, 'scenarios'))
  .filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))
  .map((n) => n.replace(/\.yaml$/, ''));

describe('talkcoach validate', () => {
  it('lists every problem of several files, errors and warnings, then a count on stderr, and exits 3', async () => {
    const r = await tc([
      'validate',
      'tests/fixtures/broken-misspelt-key.yaml',
      'tests/fixtures/broken-missing-target.yaml',
      'tests/fixtures/broken-dead-end.yaml',
      'tests/fixtures/broken-unused-point.yaml',
    ]);
    expect(r.code).toBe(3);
    const heads = r.stdout.split('\n').filter((l) => /^tests\//.test(l));
    expect(heads).toEqual([
      'tests/fixtures/broken-misspelt-key.yaml:19:5: error: unknown key "nxet"; did you mean "next"?',
      'tests/fixtures/broken-missing-target.yaml:14:40: error: goes to "crisiss", which does not exist; did ' +
        'you mean "crisis"?',
      'tests/fixtures/broken-dead-end.yaml:20:3: error: no ending can be reached from nodes "ask-again", ' +
        '"and-again": they lead only to each other',
      'tests/fixtures/broken-unused-point.yaml:25:3: warning: talking point "spare" is never added to a plan ' +
        '(no node adds it and it has no when)',
    ]);
    expect(r.stdout).toContain(' 19 |     nxet: done\n    |     ^~~~\n');
    expect(r.stderr).toBe('4 files checked: 3 errors, 1 warning\n');
  });

  // One message per cause, at its place in the author's file, never inside a built-in module.
  it.each([
    [
      'tests/fixtures/broken-multi-no-next.yaml',
      'tests/fixtures/broken-multi-no-next.yaml:10:3: error: a multi question needs its own next ' +
        '(where to go after the answer)\n 10 |   after-safety:\n    |   ^~~~~~~~~~~~\n',
    ],
    [
      'tests/fixtures/broken-two-node-loop.yaml',
      'tests/fixtures/broken-two-node-loop.yaml:10:3: error: no ending can be reached from nodes ' +
        '"after-safety", "two": they lead only to each other\n 10 |   after-safety:\n    |   ^~~~~~~~~~~~\n',
    ],
  ])('%s: the whole output is one error', async (file, out) => {
    const r = await tc(['validate', file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(out);
    expect(r.stderr).toBe('1 file checked: 1 error, 0 warnings\n');
  });

  it('gives editors JSON with start and end positions', async () => {
    const r = await tc(['validate', '--format', 'json', 'tests/fixtures/broken-unknown-point.yaml']);
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ version: 1, ok: false, errors: 1, warnings: 0 });
    expect(out.diagnostics[0]).toMatchObject({
      line: 23,
      col: 17,
      endLine: 23,
      endCol: 21,
      severity: 'error',
      message: expect.stringMatching(/"rset" does not exist/),
    });
    expect(r.stderr).toBe('');
  });

  it('exits 0 on warnings alone, and 3 with --strict', async () => {
    expect((await tc(['validate', 'tests/fixtures/broken-unused-point.yaml'])).code).toBe(0);
    const strict = await tc(['validate', '--strict', 'tests/fixtures/broken-unused-point.yaml']);
    expect(strict.code).toBe(3);
    expect(strict.stderr).toMatch(/0 errors, 1 warning \(--strict: warnings fail\)/);
  });

  it('checks a whole folder: scenarios, shared modules, test files and translations', async () => {
    const r = await tc(['validate', '--strict', 'scenarios']);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    const yaml = (dir: string) => {
      try {
        return readdirSync(join(ROOT, 'scenarios', dir)).filter((n) => n.endsWith('.yaml')).length;
      } catch {
        return 0;
      }
    };
    // The YAML files: scorer.json (the trained weights) is data, checked when loaded, not a scenario file.
    const own = yaml('') + yaml('shared') + yaml('practice');
    // Each language's translation files, the practice lines' too (a gap there fails --strict).
    const languages = (() => {
      try {
        return readdirSync(join(ROOT, 'scenarios', 'i18n'));
      } catch {
        return [];
      }
    })();
    const translations = languages
      .flatMap((l) => ['', '/shared', '/practice'].map((sub) => yaml(`i18n/${l}${sub}`)))
      .reduce((a, b) => a + b, 0);
    expect(r.stderr).toBe(`${own + translations} files checked: 0 errors, 0 warnings\n`);
  });

  it('checks a shared module on its own, and a test file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkcoach-validate-'));
    writeFileSync(
      join(dir, 'helpers.yaml'),
      'format: 1\nmodule: helper\npoints:\n  p: { section: opening, do: X., sourse: t }\n',
    );
    // A test file names only a scenario in its own folder (issue 22): the example is copied beside it.
    cpSync(join(ROOT, EXAMPLE), join(dir, 'sub', 'example.yaml'));
    cpSync(join(ROOT, 'tests/fixtures/shared'), join(dir, 'sub', 'shared'), { recursive: true });
    writeFileSync(
      join(dir, 'x.test.yaml'),
      `format: 1\nscenario: sub/example.yaml\ncases:\n  - { name: a, answers: ["no"], expect: { ending: ` +
        `end-frist } }\n`,
    );
    const r = await tc(['validate', dir]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/helpers\.yaml:2:9: error: the module is called "helper" but its file is helpers\.yaml/);
    expect(r.stdout).toMatch(/helpers\.yaml:4:34: error: unknown key "sourse"; did you mean "source"\?/);
    expect(r.stdout).toMatch(/x\.test\.yaml:4:51: error: there is no ending "end-frist"; did you mean "end-first"\?/);
  });
});

describe('talkcoach graph', () => {
  it('prints Mermaid for a file by default, and DOT on request', async () => {
    const m = await tc(['graph', EXAMPLE]);
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(/^flowchart TD\n/);
    expect(m.stdout).toContain('n_tried -->|"Yes"| n_end_again');
    const d = await tc(['graph', EXAMPLE, '--format', 'dot']);
    expect(d.code).toBe(0);
    expect(d.stdout).toMatch(/^digraph "example" \{/);
  });

  it.each(builtIns)('draws the built-in scenario %s by id, starting at its safety question', async (id) => {
    const r = await tc(['graph', id]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/start0 --> n_safety/);
    expect(r.stdout).toMatch(/class n_[a-z_,]+ crisis/);
    expect(r.stdout).toMatch(/class n_end_[a-z_,]+ ending/);
  });

  it('still draws a scenario with a dead end, lists its problems on stderr and exits 3', async () => {
    const r = await tc(['graph', 'tests/fixtures/broken-dead-end.yaml']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('n_and_again -->|"Yes<br>No"| n_ask_again');
    expect(r.stderr).toMatch(/^talkcoach: drawn, but tests\/fixtures\/broken-dead-end\.yaml has 1 problem:\n/);
  });

  it('says a shared module is not a scenario, for graph, run and test --walk alike', async () => {
    for (const args of [['graph'], ['run'], ['test', '--walk']]) {
      const r = await tc([...args, 'scenarios/shared/crisis.yaml']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'talkcoach: scenarios/shared/crisis.yaml is a shared module, not a scenario: name a scenario that uses it\n',
      );
    }
  });

  it('does not draw a file it cannot read as a scenario', async () => {
    const r = await tc(['graph', 'tests/fixtures/broken-misspelt-key.yaml']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/has 1 problem; run talkcoach validate/);
  });
});

describe('talkcoach test', () => {
  function copyExample(): string {
    const dir = mkdtempSync(join(tmpdir(), 'talkcoach-test-'));
    cpSync(join(ROOT, 'tests/fixtures/example.yaml'), join(dir, 'example.yaml'));
    cpSync(join(ROOT, 'tests/fixtures/shared'), join(dir, 'shared'), { recursive: true });
    return dir;
  }

  it('fails with exit 7 and a diff at the failing expectation, then passes once the scenario is fixed', async () => {
    const dir = copyExample();
    writeFileSync(
      join(dir, 'example.test.yaml'),
      'format: 1\ncases:\n  - name: friends get no couples advice\n    answers: ["no", Sam, friend, "", ' +
        '"no"]\n    expect:\n      points: [open-softly]\n      not-points: [couples-option]\n',
    );
    // The defect: the friend option adds the couples point too.
    const scenario = readFileSync(join(dir, 'example.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'example.yaml'),
      scenario.replace('{ id: friend, label: A friend }', '{ id: friend, label: A friend, add: [couples-option] }'),
    );
    const failing = await tc(['test', join(dir, 'example.test.yaml')]);
    expect(failing.code).toBe(7);
    expect(failing.stdout).toContain(`FAIL ${join(dir, 'example.test.yaml')}: 1 of 1 case failed`);
    expect(failing.stdout).toContain(
      `${join(dir, 'example.test.yaml')}:7:20: error: case "friends get no couples advice": the plan should ` +
        `not include the talking point "couples-option"`,
    );
    expect(failing.stdout).toContain(
      '  + unexpected: couples-option (practical): "Offer to go to a couples session together."',
    );
    expect(failing.stdout).toMatch(/1 case in 1 file: 0 passed, 1 failed\n$/);

    writeFileSync(join(dir, 'example.yaml'), scenario);
    const passing = await tc(['test', join(dir, 'example.test.yaml')]);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toBe(
      `PASS ${join(dir, 'example.test.yaml')}: 1 case\n1 case in 1 file: 1 passed, 0 failed\n`,
    );
  });

  it('reports a broken test file with exit 7, and runs none of its cases', async () => {
    const dir = copyExample();
    writeFileSync(join(dir, 'example.test.yaml'), 'format: 1\ncases:\n  - name: a\n    anwsers: ["no"]\n');
    const r = await tc(['test', dir]);
    expect(r.code).toBe(7);
    expect(r.stdout).toMatch(/BROKEN .*example\.test\.yaml: 1 problem; no case was run/);
    expect(r.stdout).toMatch(/example\.test\.yaml:4:5: error: unknown key "anwsers"; did you mean "answers"\?/);
    expect(looksLikeStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('walks a scenario, checking every plan, and prints the counts', async () => {
    const r = await tc(['test', '--walk', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^PASS walk example \(tests\/fixtures\/example\.yaml\): \d+ sessions, 15 of 15 node\/answer pairs taken, 2 of 2 endings reached, 0 problems, 0 talking points in no plan\n {2}safety: .*\(0 over 12\)\n$/,
    );
  });

  it('fails a walk whose ending can lose its boundaries section', async () => {
    const dir = copyExample();
    const text = readFileSync(join(dir, 'shared/basics.yaml'), 'utf8').replace(
      '    do: Look after your own sleep and support too.\n',
      '    do: Look after your own sleep and support too.\n    when: { equals: { relationship: partner } }\n',
    );
    writeFileSync(join(dir, 'shared/basics.yaml'), text);
    const r = await tc(['test', '--walk', join(dir, 'example.yaml')]);
    expect(r.code).toBe(7);
    expect(r.stdout).toMatch(/^FAIL walk example/);
    // The walk alone reaches end-first only as a partner; the search finds the friend's path too.
    for (const ending of ['end-first', 'end-again']) {
      expect(r.stdout).toMatch(
        new RegExp(
          `example\\.yaml:\\d+:\\d+: error: ending "${ending}": in some plans reaching it, there is no ` +
            `boundaries section \\(no reminder for the user\\)\\n(.*\\n){2}  for example, the answers ` +
            `"[^"]*friend[^"]*" \\(one a line, as piped\\)`,
        ),
      );
    }
    expect(r.stdout).toMatch(/2 problems/);
  });
});
