// Errors are one line (README, "Commands"): `talkcoach: what happened; what to do`, with no second
// line of hint. Guards against a hint slipping back onto a line of its own (issue 26 found
// "…already exists; nothing was written" / "add --force…").
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempFolder } from '../helpers/run-in-process.js';

const ANSWERS = 'no\nSam\nno\ncost\nmood\nsteady\nno\nopen\n';

describe('an error is one line', () => {
  const cwd = tempFolder();
  writeFileSync(join(cwd, 'taken.md'), 'mine\n');
  it.each([
    ['a file that exists (-o)', ['run', 'partner', '-o', 'taken.md'], ANSWERS, 6],
    ['a file that exists (checkin --calendar)', ['checkin', '--today', '2026-12-01', '--calendar', 'taken.md'], '', 6],
    ['no scenario, not on a terminal', [], '', 2],
    ['run - without --answers', ['run', '-'], '', 2],
    ['an unknown scenario', ['run', 'nosuch'], '', 2],
    ['an unknown command', ['help', 'nosuch'], '', 2],
    ['a scenario typed as a command', ['partner'], '', 2],
    ['a malformed answers file', ['run', 'partner', '--answers', '-'], '{"safety": no}', 4],
  ])('%s', async (_what, args, input, code) => {
    const r = await runInProcess(args, { cwd, input });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(/^talkcoach: [^\n]+\n$/);
  });
});
