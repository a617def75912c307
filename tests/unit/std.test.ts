// Reading answers a line at a time from chunks (src/io/std.ts): the same lines Node's readline gives.
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../src/io/std.js';

const collect = async (it: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const l of it) out.push(l);
  return out;
};
const chunks = (...parts: string[]) => parts.map((p) => Buffer.from(p, 'utf8'));

describe('lines from chunks', () => {
  it.each<[string, string[]]>([
    ['plain lines', ['a\nb\n']],
    ['no final line ending', ['a\nb']],
    ['CRLF', ['a\r\nb\r\n']],
    ['a CRLF split between chunks', ['a\r', '\nb\n']],
    ['a lone CR', ['a\rb\n']],
    ['empty lines', ['\n\na\n\n']],
    ['nothing', []],
    ['a word split between chunks', ['ab', 'c\nd', 'e']],
    ['a character split between chunks', ['caf\u00c3', '\u00a9\n']],
  ])('%s', async (_, parts) => {
    const mine = await collect(linesOf(parts.map((p) => Buffer.from(p, 'latin1'))));
    const theirs = await collect(
      createInterface({
        input: Readable.from(parts.map((p) => Buffer.from(p, 'latin1'))),
        crlfDelay: Infinity,
        terminal: false,
      }),
    );
    expect(mine).toEqual(theirs);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('Zoë\n', 'utf8');
    expect(await collect(linesOf([bytes.subarray(0, 3), bytes.subarray(3)]))).toEqual(['Zoë']);
    expect(await collect(linesOf(chunks('a', 'b\n')))).toEqual(['ab']);
  });
});

describe('linesOf counts the lines read but not yet taken', () => {
  it.each([
    ['two more whole lines', ['a\nb\nc\nd\n'], 2],
    ['a line without its end', ['a\nb\nc'], 1],
    ['nothing more', ['a\nb\n'], 0],
    ['a later chunk, not read yet', ['a\nb\n', 'c\n'], 0],
  ])('%s', async (_name, parts, pending) => {
    const lines = linesOf(parts.map((p) => Buffer.from(p)));
    for await (const line of lines) if (line === 'b') break;
    expect(lines.pending()).toBe(pending);
  });
});
