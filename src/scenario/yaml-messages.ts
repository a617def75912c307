// The YAML parser's words for the mistakes authors make most, said in the format's terms and
// placed at the line to fix: a colon inside unquoted text, and a line indented too far.
import { msg } from '../messages/index.js';

export interface SyntaxError {
  code: string;
  pos: [number, number];
  message: string;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
};
const indentOf = (line: string) => line.length - line.trimStart().length;
const blank = (line: string) => /^\s*(#.*)?$/.test(line);

/** A friendlier message and place for a syntax error, or undefined to keep the parser's own. */
export function friendlySyntax(e: SyntaxError, text: string): { offset: number; message: string } | undefined {
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const rest = text.slice(e.pos[0], lineEnd(text, e.pos[0]));
    if (/:(\s|$)/.test(rest)) return { offset: e.pos[0], message: msg('scenario.yaml.colonInText') };
    // No colon on this line: the next line, indented under a plain value, is read as part of it.
    const next = lineEnd(text, e.pos[0]) + 1;
    if (next < text.length) return overIndented(text, next);
  }
  if (e.code === 'BAD_INDENT' && /same column/.test(e.message)) return badIndent(e.pos[0], text);
  return undefined;
}

function overIndented(text: string, start: number) {
  const line = text.slice(start, lineEnd(text, start));
  return { offset: start + indentOf(line), message: msg('scenario.yaml.overIndented') };
}

/**
 * Keys of one mapping at different columns: the parser stops at the first key that differs from
 * the first one of the block; usually that first key is the one indented too far.
 */
function badIndent(offset: number, text: string) {
  const at = lineStart(text, offset);
  const column = indentOf(text.slice(at, lineEnd(text, at)));
  // Walk back over the block's lines indented deeper than the stopping line; the first of them opened it.
  let first: number | undefined;
  for (let end = at - 1; end > 0;) {
    const start = lineStart(text, end);
    const line = text.slice(start, end);
    end = start - 1;
    if (blank(line)) continue;
    if (indentOf(line) <= column) break;
    first = start;
  }
  if (first === undefined) return undefined;
  const line = text.slice(first, lineEnd(text, first));
  return {
    offset: first + indentOf(line),
    message: msg('scenario.yaml.indentedMore', { column: column + 1, found: indentOf(line) + 1 }),
  };
}
