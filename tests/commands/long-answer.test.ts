// A typed answer longer than talkcoach keeps (80 characters) is cut with a note, never silently
// (issue 26: a 121-character name was cut to 80 without a word). Guards against the note going
// missing, coming for an answer that fits, or the cut changing.
import { describe, expect, it } from 'vitest';
import { MAX_TYPED_LENGTH, typedIsCut } from '../../src/engine/typed.js';
import { runInProcess } from '../helpers/run-in-process.js';

const lines = (name: string) => `no\n${name}\nno\ncost\nmood\nsteady\nno\nopen\n`;
const NOTE = /^talkcoach: the answer to question 2 \(after-safety: .*\) is kept to its first 80 characters/m;

describe('a typed answer over the limit', () => {
  it('piped: the plan keeps the first 80 characters, and a note says so, once', async () => {
    const r = await runInProcess(['run', 'partner', '--region', 'GB', '--json'], { input: lines('A'.repeat(121)) });
    expect(r.code).toBe(0);
    expect(r.stderr.match(new RegExp(NOTE.source, 'gm'))).toHaveLength(1);
    expect(JSON.parse(r.stdout).title).toContain('A'.repeat(MAX_TYPED_LENGTH));
    expect(JSON.parse(r.stdout).title).not.toContain('A'.repeat(MAX_TYPED_LENGTH + 1));
  });

  it('keyed by question (JSON): the same note', async () => {
    const answers = { safety: 'no', name: 'B'.repeat(200), fear: 'yes' };
    const r = await runInProcess(['run', 'partner', '--answers', '-', '--region', 'GB'], {
      input: JSON.stringify(answers),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(NOTE);
  });

  it('an answer that fits, even with spaces around it, gets no note', async () => {
    const r = await runInProcess(['run', 'partner', '--region', 'GB'], { input: lines(`  ${'C'.repeat(80)}  `) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('--quiet silences the note (it is a note, not an error)', async () => {
    const r = await runInProcess(['run', 'partner', '--region', 'GB', '--quiet'], { input: lines('D'.repeat(81)) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('typedIsCut counts characters, not UTF-16 units, after spaces are collapsed', () => {
    expect(typedIsCut('😀'.repeat(80))).toBe(false);
    expect(typedIsCut('😀'.repeat(81))).toBe(true);
    expect(typedIsCut(`a${' '.repeat(100)}b`)).toBe(false);
  });
});
