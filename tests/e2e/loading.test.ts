// Each command loads only what it needs, checked on the real built package.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cli, NODE } from '../helpers/cli.js';
import { loads } from '../helpers/loads.js';

const builtin = (
  JSON.parse(cli(['list', '--json']).stdout) as { scenarios: { id: string; builtin: boolean; valid: boolean }[] }
).scenarios.find((s) => s.builtin && s.valid);

describe('what each command loads', () => {
  it('--version loads the CLI entry alone: no commander, nothing else', () => {
    for (const flag of ['--version', '-v']) {
      const r = loads([flag]);
      expect(r.code).toBe(0);
      expect(r.files).toEqual(['bin/talkcoach.js', 'dist/cli.js']);
    }
  });

  it('a piped run of a scenario file loads the YAML parser, but no prompt, colour or box library, and not commander', () => {
    const r = loads(['run', 'tests/fixtures/example.yaml', '--format', 'json'], 'no\nSam\npartner\ncost\nno\n');
    expect(r.code).toBe(0);
    expect(r.packages).toEqual(['yaml']);
  });

  it.skipIf(!builtin)('a piped run of a built-in scenario loads no package at all (it comes precompiled)', () => {
    const r = loads(['run', builtin!.id, '--format', 'json'], '1\n'.repeat(200));
    expect(r.code).toBe(0);
    expect(r.packages).toEqual([]);
  });

  it('commands with unusual options still go through commander', () => {
    const r = loads(['run', 'tests/fixtures/example.yaml', '--format=json'], 'no\nSam\npartner\ncost\nno\n');
    expect(r.code).toBe(0);
    expect(r.packages).toEqual(['commander', 'yaml']);
  });
});

describe('TALKCOACH_EXIT_AT_FIRST_PROMPT (for the benchmark)', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('stops with exit code 0 once the first prompt is on the terminal', () => {
    const r = spawnSync('script', ['-qec', `${JSON.stringify(NODE)} ${JSON.stringify(BIN)}`, '/dev/null'], {
      encoding: 'utf8',
      timeout: 15_000,
      env: { ...process.env, SHELL: '/bin/sh', TERM: 'xterm', LANG: 'C', TALKCOACH_EXIT_AT_FIRST_PROMPT: '1' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Which is closest to your situation?');
  });
});
