// Question aliases (issue 26): a question may declare a readable `alias` (name, problem, outcome),
// accepted beside its id in answers keyed by question, listed by `questions`, unique in a scenario.
// Guards against an alias that is ignored, that hides an id, that names two questions, or a typo
// with no suggestion.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runInProcess, tempFolder, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });
const keyed = (answers: object, ...args: string[]) =>
  tc(['run', 'partner', '--answers', '-', '--json', ...args], { input: JSON.stringify(answers) });

const BY_ID = {
  safety: 'no',
  'after-safety': 'Sam',
  fear: 'no',
  reasons: ['cost'],
  'after-reasons': 'drink',
  pace: 'steady',
  'worn-out': false,
  readiness: 'open',
};
const { 'after-safety': _name, 'after-reasons': _problem, ...REST } = BY_ID;

describe('answers keyed by alias', () => {
  it('{"name": "Sam", "problem": "drink"} answers as the ids do', async () => {
    const byId = await keyed(BY_ID);
    const byAlias = await keyed({ ...REST, name: 'Sam', problem: 'drink' });
    expect(byId.code).toBe(0);
    expect(byAlias.code).toBe(0);
    expect(byAlias.stdout).toBe(byId.stdout);
    expect(JSON.parse(byAlias.stdout).title).toContain('Sam');
  });

  it('in YAML too, and in the check-in ("outcome")', async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'a.yaml'), 'safety: "no"\nname: Sam\nfear: "no"\nreasons: [cost]\nproblem: mood\n');
    const r = await runInProcess(['run', 'partner', '--answers', 'a.yaml'], { cwd });
    expect(r.code).toBe(5); // the answers end at pace: the aliases were taken
    expect(r.stderr).toMatch(/no answer for question .*pace/);
    const c = await tc(['checkin', '--answers', '-', '--json', '--today', '2026-12-01'], {
      input: JSON.stringify({ safety: 'no', outcome: 'no-talk' }),
    });
    expect(c.stderr).not.toMatch(/matches no question/);
  });

  it('a misspelt alias gets the nearest id or alias', async () => {
    const r = await keyed({ ...REST, nmae: 'Sam' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/"nmae" matches no question; did you mean "name"\?/);
    const id = await keyed({ ...REST, 'after-safty': 'Sam' });
    expect(id.stderr).toMatch(/did you mean "after-safety"\?/);
  });

  it('a question given by both its id and its alias is refused, not half-read', async () => {
    const r = await keyed({ ...BY_ID, name: 'Alex' });
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/"after-safety" and "name" both name question after-safety/);
  });
});

describe('run --from takes an alias too', () => {
  it('--from problem starts at after-reasons; a misspelt alias gets a suggestion', async () => {
    const r = await tc(['run', 'partner', '--from', 'problem', '--region', 'GB'], {
      input: 'mood\nsteady\nno\nopen\n',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/starting at node "after-reasons"/);
    const typo = await tc(['run', 'partner', '--from', 'problm']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/did you mean "problem"\?/);
  });
});

describe('talkcoach questions lists the aliases', () => {
  it('in JSON, beside the id, and only where there is one', async () => {
    const r = await tc(['questions', 'partner', '--json']);
    const rows = JSON.parse(r.stdout).questions as { id: string; alias?: string }[];
    expect(rows.find((q) => q.id === 'after-safety')?.alias).toBe('name');
    expect(rows.find((q) => q.id === 'after-reasons')?.alias).toBe('problem');
    expect(rows.find((q) => q.id === 'fear')).not.toHaveProperty('alias');
  });

  it('in text', async () => {
    expect((await tc(['questions', 'checkin'])).stdout).toMatch(/^after-safety or outcome \(choice\)$/m);
  });

  it.each(['partner', 'friend', 'denial', 'wont-help'])('%s names its name and problem questions', async (id) => {
    const rows = JSON.parse((await tc(['questions', id, '--json'])).stdout).questions as { alias?: string }[];
    const aliases = rows.map((q) => q.alias);
    expect(aliases).toContain('name');
    expect(aliases).toContain('problem');
  });
});

describe('describe shows the aliases, for people who write scenarios', () => {
  it('in text and JSON', async () => {
    expect((await tc(['describe', 'partner'])).stdout).toMatch(/^ {2}after-safety or name \(text, name\)$/m);
    const nodes = JSON.parse((await tc(['describe', 'checkin', '--json'])).stdout).nodes as {
      id: string;
      alias?: string;
    }[];
    expect(nodes.find((n) => n.id === 'after-safety')?.alias).toBe('outcome');
  });
});

describe('validate: an alias names one question', () => {
  const minimal = readFileSync(join(ROOT, 'tests/fixtures/minimal.yaml'), 'utf8');
  const withAlias = (alias: string) =>
    minimal.replace(
      '  crisis:\n',
      ['  name-q:', '    kind: text', '    ask: Their name?', `    alias: ${alias}`, '    fact: name']
        .concat(['    default: them', '    next: done', '  crisis:', ''])
        .join('\n'),
    );

  it.each([
    ['another question’s id', 'safety'],
    ['another question’s alias', 'first'],
  ])('an alias that is %s is an error, placed on the alias', async (_what, alias) => {
    const cwd = tempFolder();
    const text = withAlias(alias).replace('    kind: choice\n', '    kind: choice\n    alias: first\n');
    writeFileSync(join(cwd, 'minimal.yaml'), text);
    const r = await runInProcess(['validate', 'minimal.yaml'], { cwd });
    expect(r.code).toBe(3);
    const line = text.split('\n').indexOf(`    alias: ${alias}`, text.indexOf('name-q') > 0 ? 10 : 0) + 1;
    expect(r.stdout).toMatch(new RegExp(`minimal\\.yaml:${line}:\\d+: error: the alias "${alias}" of question name-q`));
  });

  it('a unique alias passes; one not shaped as an id is refused', async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'minimal.yaml'), withAlias('name'));
    expect((await runInProcess(['validate', 'minimal.yaml'], { cwd })).code).toBe(0);
    writeFileSync(join(cwd, 'minimal.yaml'), withAlias('"Their Name"'));
    const bad = await runInProcess(['validate', 'minimal.yaml'], { cwd });
    expect(bad.code).toBe(3);
    expect(bad.stdout).toMatch(/alias/);
  });
});
