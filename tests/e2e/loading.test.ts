// Each command loads only what it needs, checked on the real built package.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { loads } from '../helpers/loads.js';

const builtin = (
  JSON.parse(cli(['list', '--json']).stdout) as { scenarios: { id: string; builtin: boolean; valid: boolean }[] }
).scenarios.find((s) => s.builtin && s.valid);

const TERMINAL_ONLY = ['@inquirer/prompts', '@inquirer/core', 'chalk'];

describe('what each command loads', () => {
  it('--version loads the CLI entry alone: no commander, no boot module, no package', () => {
    for (const flag of ['--version', '-v']) {
      const r = loads([flag]);
      expect(r.code).toBe(0);
      expect(r.files.slice(0, 2)).toEqual(['bin/talkcoach.js', 'dist/cli.js']);
      expect(r.files.some((f) => f.includes('boot-'))).toBe(false);
      expect(r.packages).toEqual([]);
    }
  });

  it('a piped run of a scenario file loads the YAML parser and commander, but no prompt, colour or box library', () => {
    const r = loads(['run', 'tests/fixtures/example.yaml', '--format', 'json'], 'no\nSam\npartner\ncost\nno\n');
    expect(r.code).toBe(0);
    expect(r.packages).toEqual(expect.arrayContaining(['commander', 'yaml']));
    for (const p of TERMINAL_ONLY) expect(r.packages).not.toContain(p);
  });

  it.skipIf(!builtin)('a piped run of a built-in scenario does not load the YAML parser (it comes precompiled)', () => {
    const r = loads(['run', builtin!.id, '--format', 'json'], '1\n'.repeat(200));
    expect(r.code).toBe(0);
    expect(r.packages).not.toContain('yaml');
    for (const p of TERMINAL_ONLY) expect(r.packages).not.toContain(p);
  });
});
