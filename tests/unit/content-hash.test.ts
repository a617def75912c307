// The content hash that tells a compiled built-in scenario from a stale one (src/scenario/compiled.ts).
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/scenario/compiled.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('contentHash', () => {
  const text = 'title: Someone in denial about needing help.\n';

  it.each([
    ['the last letter changed', 'title: Someone in denial about needing helP.\n'],
    ['a letter in the first word changed', 'title: someone in denial about needing help.\n'],
    ['two letters swapped', 'title: Someone in dneial about needing help.\n'],
    ['one byte in the tail past the last whole word', 'title: Someone in denial about needing help.\r'],
  ])('changes with an edit of the same length: %s', (_, edited) => {
    expect(edited).toHaveLength(text.length);
    expect(text.length % 4).toBe(1);
    expect(contentHash(bytes(edited))).not.toBe(contentHash(bytes(text)));
  });

  it('starts with the length in bytes', () => {
    expect(contentHash(bytes('né'))).toMatch(/^3:/);
  });

  it('is the same for the same bytes wherever they sit in memory', () => {
    const inner = bytes(`x${text}`).subarray(1);
    expect(inner.byteOffset % 4).toBe(1);
    expect(contentHash(inner)).toBe(contentHash(bytes(text)));
  });

  it.each([0, 1, 2, 3, 4, 5, 7, 8])('hashes %i bytes without reading past them', (n) => {
    const long = bytes('abcdefgh');
    expect(contentHash(long.subarray(0, n))).toBe(contentHash(bytes('abcdefgh'.slice(0, n))));
    if (n > 0) expect(contentHash(long.subarray(0, n))).not.toBe(contentHash(long.subarray(0, n - 1)));
  });
});
