// Commands with answers piped in, as a script or a shell would run them, in process (the built
// binary on a real pipe: tests/e2e/smoke.test.ts).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeStackTrace, ROOT } from '../helpers/cli.js';
import { runInProcess, tempFolder, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const EXAMPLE = 'tests/fixtures/example.yaml';
/** Every point of a JSON plan: the main part and "More, if you want it". */
const pointIds = (json: string): string[] => {
  const { plan } = JSON.parse(json) as { plan: Record<'sections' | 'more', { points: { id: string }[] }[]> };
  return [...plan.sections, ...plan.more].flatMap((s) => s.points.map((p) => p.id));
};

describe('talkcoach run, piped', () => {
  it('two answer sets give two differently tailored JSON plans', async () => {
    const a = await tc(['run', EXAMPLE, '--format', 'json', '--region', 'GB'], {
      input: 'no\nSam\npartner\ncost,time\nno\n',
    });
    const b = await tc(['run', EXAMPLE, '--format', 'json', '--region', 'GB'], {
      input: 'yes\nJo\nfriend\nstigma\nyes\n',
    });
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stderr).toBe('');
    const idsA = pointIds(a.stdout);
    const idsB = pointIds(b.stdout);
    expect(idsA).toEqual(expect.arrayContaining(['answer-cost', 'answer-time', 'couples-option', 'open-softly']));
    expect(idsA).not.toContain('answer-stigma');
    expect(idsA).not.toContain('stay-close');
    expect(idsB).toEqual(
      expect.arrayContaining(['stay-close', 'urgent-follow-up', 'answer-stigma', 'try-again-gently']),
    );
    expect(idsB).not.toContain('couples-option');
    expect(idsB).not.toContain('answer-cost');
    const planB = JSON.parse(b.stdout);
    expect(planB.version).toBe(3);
    expect(planB.plan.sections[0].id).toBe('safety');
    expect(planB.title).toBe('Coming back to it with Jo');
    expect(planB.crisis.lines.map((l: { name: string }) => l.name)).toContain('Samaritans');
    expect(planB.disclaimer).toMatch(/not a substitute for professional help/);
  });

  it('prints a plain text plan with no escape sequences', async () => {
    const r = await tc(['run', EXAMPLE], { input: 'no\nSam\npartner\ncost\nno\n', env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A first, gentle talk with Sam');
    expect(r.stdout).toContain('LOOKING AFTER YOURSELF');
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('prints Markdown', async () => {
    const r = await tc(['run', EXAMPLE, '--format', 'markdown'], { input: 'no\nSam\nfriend\n\nno\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# A first, gentle talk with Sam\n/);
    expect(r.stdout).toContain('## Looking after yourself');
  });

  it('reads answers from a file with a BOM, CRLF endings and no final newline', async () => {
    const dir = tempFolder();
    const answers = join(dir, 'answers.txt');
    writeFileSync(answers, '\uFEFFno\r\nSam\r\n1\r\n1,2\r\nno');
    const r = await tc(['run', EXAMPLE, '--answers', answers, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(pointIds(r.stdout)).toEqual(expect.arrayContaining(['answer-cost', 'answer-time']));
  });

  it('a wrong answer names the line, the question and the valid options, without echoing it', async () => {
    const r = await tc(['run', EXAMPLE], { input: 'no\nSam\ncousin-secret\n' });
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('line 3');
    expect(r.stderr).toContain('relationship');
    expect(r.stderr).toContain('1 partner (My partner), 2 friend (A friend)');
    expect(r.stderr).not.toContain('cousin-secret');
    expect(r.stderr).not.toContain('Sam');
    expect(looksLikeStackTrace(r.stderr)).toBe(false);
  });

  it('input that ends early names the question still waiting', async () => {
    const r = await tc(['run', EXAMPLE], { input: 'no\nSam\n' });
    expect(r.code).toBe(5);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/ended after 2 lines, while question 3 \(relationship/);
  });

  it('lines left over after the plan are ignored with a note', async () => {
    const r = await tc(['run', EXAMPLE, '--format', 'json'], { input: 'no\nSam\npartner\ncost\nno\nextra\nmore\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe(3);
    expect(r.stderr).toMatch(/2 more lines were ignored/);
  });

  it('a saved plan is whole and dated, and keeps the answers only with --with-answers', async () => {
    const dir = tempFolder();
    const input = 'no\nSam\nno\ncost,time,stigma,judged\nmood\nsteady\nno\nopen\n';
    // A local time (no Z): the local date is 2026-03-14 in any time zone.
    const now = '2026-03-14T12:00:00';
    const plain = await tc(['run', 'partner', '--format', 'markdown', '-o', join(dir, 'a.md')], { input, now });
    const kept = await tc(['run', 'partner', '--format', 'markdown', '-o', join(dir, 'b.md'), '--with-answers'], {
      input,
      now,
    });
    expect([plain.code, kept.code]).toEqual([0, 0]);
    const a = readFileSync(join(dir, 'a.md'), 'utf8');
    expect(a).toContain('\n_Made on 2026-03-14_\n');
    expect(a).toContain('## More, if you want it');
    expect(a).not.toContain('## Your answers');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toContain('## Your answers');
    const shown = await tc(['run', 'partner'], { input });
    const full = await tc(['run', 'partner', '--full'], { input });
    expect(shown.stdout).toMatch(/more ideas were left out to keep this short/);
    expect(full.stdout).toContain('MORE, IF YOU WANT IT');
    expect(full.stdout.length).toBeGreaterThan(shown.stdout.length);
  });

  it('--output saves the plan with mode 0600 and prints nothing on stdout', async () => {
    const dir = tempFolder();
    const out = join(dir, 'plan.md');
    const r = await tc(['run', EXAMPLE, '--format', 'markdown', '--output', out], {
      input: 'no\nSam\npartner\ncost\nno\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('# A first, gentle talk with Sam');
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });
});

describe('other commands and errors at the edge', () => {
  it('validate on a broken fixture prints file:line:col and exits 3, no stack trace', async () => {
    const r = await tc(['validate', 'tests/fixtures/broken-missing-target.yaml']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^tests\/fixtures\/broken-missing-target\.yaml:14:40: error: goes to "crisiss"/m);
    expect(looksLikeStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('validate on a clean file exits 0', async () => {
    const r = await tc(['validate', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 file checked: 0 errors, 0 warnings');
  });

  it('running a broken scenario exits 3 with its first problems', async () => {
    const r = await tc(['run', 'tests/fixtures/broken-dead-end.yaml'], { input: 'no\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/has 1 problem;/);
  });

  it.each<[string, string[], number, RegExp]>([
    ['a missing file', ['run', 'tests/fixtures/nope.yaml'], 6, /cannot read tests\/fixtures\/nope\.yaml: no such file/],
    ['a folder with no scenario files', ['validate', 'tests'], 2, /tests holds no \.yaml files to check/],
    ['an unknown command', ['rnu'], 2, /unknown command 'rnu'[\s\S]*Did you mean run\?/i],
    [
      'an unknown option',
      ['run', EXAMPLE, '--formt', 'json'],
      2,
      /unknown option '--formt'[\s\S]*Did you mean --format\?/i,
    ],
    ['an unknown scenario id', ['run', 'exampel'], 2, /no scenario called "exampel"/],
    ['a folder as the scenario', ['run', 'tests/fixtures/shared'], 6, /fixtures\/shared is a folder, not a scenario/],
    [
      'keyed answers that are not JSON',
      ['run', EXAMPLE, '--answers', 'tests/fixtures/answers-not-json.json'],
      4, // an answers error (issue 26), not a file that could not be read
      /not valid JSON/,
    ],
    [
      'keyed answers that are not YAML',
      ['run', EXAMPLE, '--answers', 'tests/fixtures/broken-syntax-tab.yaml'],
      4, // an answers error (issue 26), not a file that could not be read
      /broken-syntax-tab\.yaml is not valid YAML/,
    ],
    ['a bad format', ['run', EXAMPLE, '--format', 'pdf'], 2, /Expected one of text, markdown, json, md/],
    ['no scenario and not on a terminal', [], 2, /not on a terminal/],
    ['options but no command, not on a terminal', ['--plain', '--no-color'], 2, /not on a terminal/],
    ['an unknown command after options', ['--plain', 'lsit'], 2, /unknown command 'lsit'[\s\S]*Did you mean list\?/i],
  ])('%s', async (_name, args, code, message) => {
    const r = await tc(args, { input: '' });
    expect(r.code).toBe(code);
    expect(r.stdout + r.stderr).toMatch(message);
    expect(looksLikeStackTrace(r.stderr)).toBe(false);
  });

  it('--version prints the package version', async () => {
    const r = await tc(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('crisis lines by region', () => {
  it.each<[string, string[], Record<string, string>, RegExp[], RegExp[]]>([
    [
      '--region GB gives Samaritans',
      ['--region', 'GB'],
      {},
      [/Samaritans: Call 116 123/, /999/, /SHOUT to 85258/],
      [/988/],
    ],
    [
      'LANG=en_US.UTF-8 gives 988',
      [],
      { LANG: 'en_US.UTF-8' },
      [/Call or text 988/, /HOME to 741741/, /911/],
      [/116 123/],
    ],
    ['LC_ALL wins over LANG', [], { LC_ALL: 'en_AU.UTF-8', LANG: 'en_US.UTF-8' }, [/13 11 14/, /000/], [/988/]],
    [
      'New Zealand labels 111 by country',
      ['--region', 'nz'],
      {},
      [/111 \(emergency number in New Zealand\)/, /1737/],
      [],
    ],
    [
      'an unknown region gives no number',
      ['--region', 'XX'],
      {},
      [/local emergency number/, /findahelpline\.com/],
      [/\d{3}/],
    ],
  ])('%s', async (_name, args, env, present, absent) => {
    const r = await tc(['crisis', ...args], { env });
    expect(r.code).toBe(0);
    for (const p of present) expect(r.stdout).toMatch(p);
    for (const a of absent) expect(r.stdout.replace('findahelpline.com', '')).not.toMatch(a);
  });
});
