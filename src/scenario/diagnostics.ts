// Problems in scenario files, located as file:line:col, and how they are printed.
import { inert, inertLines } from '../messages/index.js';
import { UNSAFE_CHARS } from '../engine/typed.js';
import type { Range } from './schema-kit/core.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  message: string;
  /** Where the spot ends (the column just after it), for editors and the underline. */
  endLine?: number;
  endCol?: number;
  /** The source line, made safe for a terminal. */
  excerpt?: string;
}

/** Turns offsets into 1-based line and column numbers, in O(log n) a lookup. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  locate(offset: number): { line: number; col: number; excerpt: string } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.starts[lo]!;
    const end = this.starts[lo + 1] ?? this.text.length + 1;
    const raw = this.text.slice(start, end - 1).replace(/\r$/, '');
    return { line: lo + 1, col: offset - start + 1, excerpt: safeExcerpt(raw) };
  }
}

const UNSAFE_GLOBAL = new RegExp(UNSAFE_CHARS.source, 'g');

/** A source line as it may be shown on a terminal: unsafe characters become visible placeholders. */
function safeExcerpt(line: string): string {
  return line.replace(/\t/g, ' ').replace(UNSAFE_GLOBAL, '\uFFFD');
}

const EXCERPT_WIDTH = 100;

/** At most EXCERPT_WIDTH characters of a long line, around the column, and where the caret goes. */
function excerptWindow(excerpt: string, col: number): { text: string; caret: number } {
  if (excerpt.length <= EXCERPT_WIDTH) return { text: excerpt, caret: col - 1 };
  const start = Math.max(0, Math.min(col - 1 - EXCERPT_WIDTH / 2, excerpt.length - EXCERPT_WIDTH));
  const body = excerpt.slice(start, start + EXCERPT_WIDTH);
  const before = start > 0 ? '…' : '';
  const after = start + EXCERPT_WIDTH < excerpt.length ? '…' : '';
  return { text: `${before}${body}${after}`, caret: col - 1 - start + before.length };
}

export function diagnostic(
  file: string,
  index: LineIndex | undefined,
  range: Range | undefined,
  severity: Severity,
  message: string,
): Diagnostic {
  if (!index || range === undefined) return { file, line: 1, col: 1, severity, message };
  const { line, col, excerpt } = index.locate(range[0]);
  // A value's range can run on past trailing spaces and comments; the spot ends at the last visible character.
  const endOffset = range[0] + index.text.slice(range[0], Math.max(range[0], range[1])).trimEnd().length;
  const end = index.locate(endOffset);
  return { file, line, col, endLine: end.line, endCol: end.col, severity, message, excerpt };
}

/** `file:line:col: error: message`, then the source line with a caret under the spot. */
export function formatDiagnostic(d: Diagnostic, withExcerpt = true): string {
  const head = `${inert(d.file)}:${d.line}:${d.col}: ${d.severity}: ${inertLines(d.message)}`;
  if (!withExcerpt || d.excerpt === undefined) return head;
  const gutter = String(d.line).length;
  const { text, caret } = excerptWindow(d.excerpt, d.col);
  // Underline the whole spot when it sits on one line; a caret alone otherwise.
  const span = d.endLine === d.line && d.endCol !== undefined ? Math.min(d.endCol - d.col, text.length - caret) : 1;
  const marker = `${' '.repeat(Math.max(0, caret))}^${'~'.repeat(Math.max(0, span - 1))}`;
  return `${head}\n ${String(d.line)} | ${text}\n ${' '.repeat(gutter)} | ${marker}`;
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');
