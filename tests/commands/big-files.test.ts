// A file over the usual 1 MiB cap is parsed whole, as the YAML parser reads it: a U+2028 inside a
// comment is part of the comment (YAML 1.2 has no line break there), whatever the file's size.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runInProcess, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const dir = mkdtempSync(join(tmpdir(), 'talkcoach-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'shared'));
copyFileSync('tests/fixtures/shared/basics.yaml', join(dir, 'shared', 'basics.yaml'));

// A comment line with U+2028 in it, followed by what would be a talking point if the comment ended
// there; in the big file, 1 MiB of comments before it, inside the same point.
const DO_LINE = '    do: Ask {{name}} if now is a good time.\n';
const NOTE = '    # a note\u2028  hijacked-point:\n';
const original = readFileSync('tests/fixtures/example.yaml', 'utf8');
const example = original.replace(DO_LINE, DO_LINE + NOTE);
const padding = '    # padding to make the file big, no content here at all\n'.repeat(20_000);
const small = join(dir, 'small.yaml');
const big = join(dir, 'big.yaml');
writeFileSync(small, example);
writeFileSync(big, original.replace(DO_LINE, DO_LINE + padding + NOTE));
const answers = 'no\nSam\npartner\ncost\nno\n';

describe('a scenario file over 1 MiB', () => {
  it('with U+2028 in a comment, run with --max-bytes, gives the plan of the same content under 1 MiB', async () => {
    expect(example).toContain('\u2028');
    expect(statSync(small).size).toBeLessThan(1024 * 1024);
    expect(statSync(big).size).toBeGreaterThan(1024 * 1024);
    const a = await tc(['run', small, '--format', 'json', '--region', 'GB'], { input: answers });
    const b = await tc(['run', big, '--format', 'json', '--region', 'GB', '--max-bytes', '4000000'], {
      input: answers,
    });
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
    expect([a.code, b.code]).toEqual([0, 0]);
    const plan = (out: string) => (JSON.parse(out) as { plan: unknown }).plan;
    expect(plan(b.stdout)).toEqual(plan(a.stdout));
    expect(a.stdout).toContain('Ask Sam if now is a good time.');
    expect(a.stdout).not.toContain('hijacked');
  });

  it('is refused without --max-bytes, with a message naming the limit', async () => {
    const r = await tc(['run', big, '--format', 'json'], { input: answers });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/over the 1,048,576 bytes \(1\.00 MiB\) limit/);
  });
});
