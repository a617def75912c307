// --quiet: the notes on stderr go (the region note of a piped run with no country, lines left
// over, "saved to"), wherever the option stands; errors, the caution after fear and the crisis
// lines stay. Guards against --quiet hiding what someone must see, or hiding nothing.
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

// Answers to partner, then one line too many; LANG=C names no country, so no numbers are shown.
const ANSWERS = 'no\nSam\nno\ncost\nmood\nsteady\nno\nopen\nextra\n';

describe('--quiet', () => {
  it('a piped run says its notes without it', async () => {
    const r = await runInProcess(['run', 'partner'], { input: ANSWERS });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 more line was ignored/);
    expect(r.stderr).toMatch(/No crisis numbers shown/);
  });

  it.each([
    ['before the command', ['--quiet', 'run', 'partner']],
    ['after it', ['run', 'partner', '--quiet']],
  ])('silences them, given %s, and changes nothing on stdout', async (_where, args) => {
    const loud = await runInProcess(['run', 'partner'], { input: ANSWERS });
    const r = await runInProcess(args, { input: ANSWERS });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(loud.stdout);
  });

  it('silences "saved to", but not the caution after fear', async () => {
    const calm = await runInProcess(['run', 'partner', '--quiet', '-o', 'plan.md'], { input: ANSWERS });
    expect(calm.code).toBe(0);
    expect(calm.stderr).toBe('');
    const afraid = 'no\nSam\nyes\nno\n';
    const loud = await runInProcess(['run', 'partner', '-o', 'plan.md'], { input: afraid });
    const r = await runInProcess(['run', 'partner', '--quiet', '-o', 'plan.md'], { input: afraid });
    expect(loud.code).toBe(0);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^talkcoach: plan saved to .*Anyone who uses this computer/);
    expect(loud.stderr).toMatch(/Anyone who uses this computer/);
  });

  it('never silences an error', async () => {
    const r = await runInProcess(['--quiet', 'run', 'partner'], { input: 'no\n' });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^talkcoach: the answers ended/);
  });

  it('never silences the crisis lines, in a plan or from crisis', async () => {
    const plan = await runInProcess(['--quiet', 'run', 'partner', '--region', 'GB'], {
      input: `yes\n${ANSWERS.slice(3)}`,
    });
    expect(plan.stdout).toContain('116 123');
    const crisis = await runInProcess(['crisis', '--quiet', '--region', 'GB']);
    expect(crisis.code).toBe(0);
    expect(crisis.stdout).toContain('116 123');
  });

  it('validate: the count is silenced when nothing was found, never when something was', async () => {
    const ok = await runInProcess(['validate', '--quiet', 'scenarios/partner.yaml'], { cwd: ROOT });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    const loud = await runInProcess(['validate', 'scenarios/partner.yaml'], { cwd: ROOT });
    expect(loud.stderr).toMatch(/1 file checked: 0 errors, 0 warnings/);
    const bad = await runInProcess(['validate', '--quiet', 'tests/fixtures/broken-dead-end.yaml'], { cwd: ROOT });
    expect(bad.code).toBe(3);
    expect(bad.stdout).toMatch(/error/);
    expect(bad.stderr).toMatch(/1 error/);
  });
});
