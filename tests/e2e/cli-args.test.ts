// A plain `talkcoach run` is read without commander (src/cli.ts): it must mean exactly what it means
// to commander. Each command runs twice, once as given and once with `--scenarios <an empty folder>`
// added, which changes nothing but sends it through commander; the two runs must match.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { loads } from '../helpers/loads.js';

const EXAMPLE = 'tests/fixtures/example.yaml';
const ANSWERS = 'no\nSam\npartner\ncost,time\nno\n';
const dir = mkdtempSync(join(tmpdir(), 'talkcoach-args-'));
const empty = mkdtempSync(join(tmpdir(), 'talkcoach-empty-'));
const answersFile = join(dir, 'answers.txt');
writeFileSync(answersFile, ANSWERS);

describe('a plain run means the same without commander', () => {
  it.each<[string, string[]]>([
    ['no options', ['run', EXAMPLE]],
    ['json and a region', ['run', EXAMPLE, '--format', 'json', '--region', 'GB']],
    ['an option before the scenario', ['run', '--format', 'json', EXAMPLE]],
    ['md for markdown', ['run', EXAMPLE, '--format', 'md']],
    ['markdown, plain, no colour', ['run', EXAMPLE, '--format', 'markdown', '--plain', '--no-color']],
    ['an answers file', ['run', EXAMPLE, '--answers', answersFile, '--format', 'json']],
    ['a missing answers file', ['run', EXAMPLE, '--answers', join(dir, 'none.txt')]],
    ['--no-input', ['run', EXAMPLE, '--no-input', '--format', 'json']],
    ['a size cap too small', ['run', EXAMPLE, '--max-bytes', '100']],
    ['an unknown region', ['run', EXAMPLE, '--region', 'XX', '--format', 'json']],
    ['an unknown scenario id', ['run', 'no-such-scenario']],
  ])('%s', (_, args) => {
    const plain = loads(args, ANSWERS);
    expect(plain.packages).not.toContain('commander');
    const viaCommander = cli([...args, '--scenarios', empty], { input: ANSWERS });
    expect({ code: plain.code, stdout: plain.stdout, stderr: plain.stderr }).toEqual({
      code: viaCommander.code,
      stdout: viaCommander.stdout,
      stderr: viaCommander.stderr,
    });
  });

  it.each<[string, string[]]>([
    ['--format=json', ['run', EXAMPLE, '--format=json']],
    ['a repeated option', ['run', EXAMPLE, '--format', 'json', '--format', 'text']],
    ['an unknown option', ['run', EXAMPLE, '--colour']],
    ['a format that does not exist', ['run', EXAMPLE, '--format', 'yaml']],
    ['a size that is not a number', ['run', EXAMPLE, '--max-bytes', 'lots']],
    ['two scenarios', ['run', EXAMPLE, EXAMPLE]],
    ['help', ['run', '--help']],
  ])('anything unusual goes to commander: %s', (_, args) => {
    expect(loads(args, ANSWERS).packages).toContain('commander');
  });
});
