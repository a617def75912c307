// The built binary on real pipes, as a script or a shell runs it: a few runs that prove the package's
// entry, the answers read from a pipe and the output written to one work together. Everything a
// command does is tested in process (tests/commands).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, looksLikeStackTrace, ROOT } from '../helpers/cli.js';

const ANSWERS = 'no\nAlex\nno\ncost,time\nmood\nsteady\nno\nopen\n';

describe('the built binary, piped', () => {
  it('run partner --json: a whole plan from answers on a pipe (guards against a broken entry or bundle)', () => {
    const r = cli(['run', 'partner', '--json', '--region', 'GB'], { input: ANSWERS });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { version: number; title: string; crisis: { lines: { name: string }[] } };
    expect(plan.version).toBe(3);
    expect(plan.title).toContain('Alex');
    expect(plan.crisis.lines.map((l) => l.name)).toContain('Samaritans');
  });

  it('run of a scenario file as text: the YAML room loads in the bundle, no escape sequences on a pipe', () => {
    const r = cli(['run', join(ROOT, 'tests/fixtures/example.yaml')], {
      input: 'no\nSam\npartner\ncost\nno\n',
      env: { FORCE_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A first, gentle talk with Sam');
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('--version and -v answer from the entry alone (src/cli.ts), with the package version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-v']) expect(cli([flag])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('a usage error: exit 2, one line on stderr, no stack trace (the exit code reaches the shell)', () => {
    const r = cli(['rnu']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^talkcoach: unknown command 'rnu'.*\n$/);
    expect(looksLikeStackTrace(r.stderr)).toBe(false);
  });
});
