// One table of unsafe characters (engine/typed.ts UNSAFE_CHARS), and both ways of making text safe
// agree with it on every character of the Basic Multilingual Plane: inert() (messages, shown as an
// escape) and stripUnsafe() (the renderers, removed). Guards against the two tables that disagreed,
// one stripping U+2028 and the other escaping it.
import { describe, expect, it } from 'vitest';
import { stripUnsafe, UNSAFE_CHARS } from '../../src/engine/typed.js';
import { inert } from '../../src/messages/inert.js';

const everyChar = Array.from({ length: 0x10000 }, (_, n) => n).filter((n) => n < 0xd800 || n > 0xdfff);
const inTable = (n: number) => UNSAFE_CHARS.test(String.fromCharCode(n));

describe('the one table of unsafe characters', () => {
  it('holds the controls, the separators and the direction marks, and no letter', () => {
    for (const n of [0x00, 0x07, 0x0d, 0x1b, 0x7f, 0x85, 0x9f, 0x200e, 0x2028, 0x2029, 0x202e, 0x2066])
      expect(inTable(n), n.toString(16)).toBe(true);
    for (const n of [0x09, 0x0a, 0x20, 0x41, 0xe9, 0x2014, 0x4e2d]) expect(inTable(n), n.toString(16)).toBe(false);
  });

  it('inert() escapes exactly the table, tab and line feed', () => {
    const wrong = everyChar.filter((n) => {
      const c = String.fromCharCode(n);
      return (inert(`a${c}b`) !== `a${c}b`) !== (inTable(n) || n === 0x09 || n === 0x0a);
    });
    expect(wrong).toEqual([]);
  });

  it('stripUnsafe() changes exactly the table, and keeps two words two words across a separator', () => {
    const wrong = everyChar.filter((n) => {
      const c = String.fromCharCode(n);
      return (stripUnsafe(`a${c}b`) !== `a${c}b`) !== inTable(n);
    });
    expect(wrong).toEqual([]);
    expect(stripUnsafe('one\u2028two\u2029three\u202Efour')).toBe('one two threefour');
  });
});
