// The author's loop through the real binary: walk warnings, describe, coverage, random play-throughs,
// run --from and the watch modes.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const STRAY = 'tests/fixtures/stray-point.yaml';

describe('talkcoach test --walk: a point an ending adds that arrives elsewhere through its when', () => {
  it('warns, with answers that show it, and passes without --strict', () => {
    const r = cli(['test', '--walk', STRAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^PASS walk stray-point /);
    expect(r.stdout).toContain(
      'stray-point.yaml:38:11: warning: talking point "go-gently" is added by ending "soft", ' +
        'but its when also brings it into a plan ending at "firm"',
    );
    expect(r.stdout).toContain('for example, the answers "no\\nyes\\nfirm"');
  });

  it('with --strict prints FAIL, as its exit code 7 says', () => {
    const r = cli(['test', '--walk', '--strict', STRAY]);
    expect(r.code).toBe(7);
    expect(r.stdout).toMatch(/^FAIL walk stray-point /);
    expect(r.stdout).toContain(': error: talking point "go-gently"');
  });
});
