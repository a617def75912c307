// Scripts that don't depend on question order: talkcoach questions, and answers keyed by question id.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runInProcess, type Ran, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const LINES = 'no\nAlex\nno\ncost,time\nmood\nsteady\nno\nopen\n';
// The same answers by id, in another order, with a yes/no as a boolean.
const KEYED = {
  readiness: 'open',
  'worn-out': false,
  pace: 'steady',
  'after-reasons': 'mood',
  reasons: ['cost', 'time'],
  fear: 'no',
  'after-safety': 'Alex',
  safety: 'no',
};
const dir = mkdtempSync(join(tmpdir(), 'talkcoach-keyed-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('talkcoach questions', () => {
  it('--json lists every question with its id, kind, options and when it is asked', async () => {
    const r = await tc(['questions', 'partner', '--json']);
    expect(r.code).toBe(0);
    const { questions } = JSON.parse(r.stdout) as {
      questions: { id: string; kind: string; options: { id: string }[]; asked: unknown }[];
    };
    expect(questions[0]).toMatchObject({ id: 'safety', kind: 'choice', asked: 'first' });
    const reasons = questions.find((q) => q.id === 'reasons')!;
    expect(reasons.kind).toBe('multi');
    expect(reasons.options.map((o) => o.id)).toContain('cost');
    expect(reasons.asked).toEqual([{ after: 'fear', answers: ['No', "I'd rather not say"] }]);
    expect(questions.map((q) => q.id).sort()).toEqual(Object.keys(KEYED).sort());
  });

  it('as text, one block a question', async () => {
    const r = await tc(['questions', 'partner']);
    expect(r.stdout).toMatch(/^reasons \(multi\)\n/m);
    expect(r.stdout).toMatch(/asked after: fear \(No \/ I'd rather not say\)/);
  });
});

describe('answers keyed by question id', () => {
  let positional: Ran;
  beforeAll(async () => {
    positional = await tc(['run', 'partner', '--region', 'GB'], { input: LINES });
  });

  it.each([
    ['a JSON file', () => ['--answers', file('a.json', JSON.stringify(KEYED))]],
    ['a YAML file', () => ['--answers', file('a.yaml', 'reasons: [cost, time]\n' + yamlRest())]],
  ])('%s gives the same plan as the answers one a line', async (_name, args) => {
    const r = await tc(['run', 'partner', '--region', 'GB', ...args()]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(positional.stdout);
  });

  it('JSON on standard input with --answers -', async () => {
    const r = await tc(['run', 'partner', '--region', 'GB', '--answers', '-'], { input: JSON.stringify(KEYED) });
    expect(r.stdout).toBe(positional.stdout);
  });

  it('a key that matches no question is named, with a suggestion and where to look', async () => {
    const r = await tc(['run', 'partner', '--answers', file('b.json', JSON.stringify({ ...KEYED, safty: 'no' }))]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/"safty" matches no question; did you mean "safety"\?/);
    expect(r.stderr).toMatch(/talkcoach questions partner lists every question/);
  });

  it('a wrong item of a multiple answer is named by position', async () => {
    const r = await tc([
      'run',
      'partner',
      '--answers',
      file('c.json', JSON.stringify({ ...KEYED, reasons: ['cost', 'money'] })),
    ]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/item 2 of 2, 'money', matches no option of question 4 \(reasons/);
    expect(r.stderr).toMatch(/valid answers: .*5 cost/);
  });

  it('a label with a comma is one item of a list', async () => {
    const labels = { ...KEYED, reasons: ['The cost, or what insurance covers', 'time'] };
    const r = await tc(['run', 'partner', '--region', 'GB', '--answers', file('d.json', JSON.stringify(labels))]);
    expect(r.stdout).toBe(positional.stdout);
  });

  it('a question with no answer in the file is named, exit 5', async () => {
    const { readiness: _, ...rest } = KEYED;
    const r = await tc(['run', 'partner', '--answers', file('e.json', JSON.stringify(rest))]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/has no answer for question \d+ \(readiness/);
  });
});

function yamlRest(): string {
  return Object.entries(KEYED)
    .filter(([k]) => k !== 'reasons')
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`)
    .join('');
}

describe('where the plan goes', () => {
  it('-o - is standard output', async () => {
    const r = await tc(['run', 'partner', '-o', '-', '--json'], { input: LINES });
    expect(JSON.parse(r.stdout)).toHaveProperty('version', 3);
  });

  it('-o plan.json picks JSON from the extension; "saved to" names the full path; no silent replace', async () => {
    const out = join(dir, 'plan.json');
    const r = await tc(['run', 'partner', '-o', out], { input: LINES });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('version', 3);
    expect(r.stderr).toContain(`saved to ${out}`);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const again = await tc(['run', 'partner', '-o', out, '--format', 'text'], { input: LINES });
    expect(again.code).toBe(6);
    expect(again.stderr).toMatch(/^talkcoach: [^\n]* already exists; nothing was written; add --force[^\n]*\n$/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('version', 3);
    const forced = await tc(['run', 'partner', '-o', out, '--format', 'text', '--force'], { input: LINES });
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^A caring conversation with Alex/);
  });

  it('~ is the home folder', async () => {
    const r = await tc(['run', 'partner', '-o', '~/plan.md'], { input: LINES, env: { HOME: dir } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`saved to ${join(dir, 'plan.md')}`);
  });
});

describe('--plain', () => {
  it.each([
    ['--plain', ['run', 'partner', '--plain'], {}],
    ['TALKCOACH_PLAIN=1', ['run', 'partner'], { TALKCOACH_PLAIN: '1' }],
  ])('%s: a piped plan with no bullets, curly quotes or capitals for emphasis', async (_name, args, env) => {
    const r = await tc(args, { input: LINES, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Alex/);
    expect(r.stdout).not.toMatch(/[•“”‘’]/);
    expect(r.stdout).not.toMatch(/^ ?[A-Z]{2,}(?: [A-Z]{2,})+/m);
  });

  it.each([['crisis'], ['list'], ['questions', 'partner']])('%s accepts --plain', async (...args) => {
    const r = await tc([...args, '--plain']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[•“”]/);
  });
});

describe('- is standard input', () => {
  const EXAMPLE = 'tests/fixtures/example.yaml';

  it('run - reads the scenario from stdin, the answers from --answers', async () => {
    const fromFile = await tc(['run', 'scenarios/partner.yaml', '--region', 'GB'], { input: LINES });
    const answers = file('partner.txt', LINES);
    const yaml = readFileSync('scenarios/partner.yaml', 'utf8');
    const r = await tc(['run', '-', '--answers', answers, '--region', 'GB'], { input: yaml });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(fromFile.stdout);
  });

  it('run - without --answers FILE says why, exit 2', async () => {
    const r = await tc(['run', '-'], { input: readFileSync(EXAMPLE, 'utf8') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reads the scenario from standard input, so the answers need a file/);
  });

  it('--answers - reads lines from stdin', async () => {
    const r = await tc(['run', 'partner', '--answers', '-', '--json'], { input: LINES });
    expect(JSON.parse(r.stdout)).toHaveProperty('version', 3);
  });
});
