// Problems in scenario files, located as file:line:col, and how they are printed.
import { UNSAFE_CHARS } from '../safety/sanitize.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  message: string;
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
export function safeExcerpt(line: string): string {
  const cut = line.length > 160 ? `${line.slice(0, 160)}…` : line;
  return cut.replace(/\t/g, ' ').replace(UNSAFE_GLOBAL, '\uFFFD');
}

export function diagnostic(file: string, index: LineIndex | undefined, offset: number | undefined, severity: Severity, message: string): Diagnostic {
  if (!index || offset === undefined) return { file, line: 1, col: 1, severity, message };
  const { line, col, excerpt } = index.locate(offset);
  return { file, line, col, severity, message, excerpt };
}

/** `file:line:col: error: message`, then the source line with a caret under the spot. */
export function formatDiagnostic(d: Diagnostic, withExcerpt = true): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
  if (!withExcerpt || d.excerpt === undefined) return head;
  const gutter = String(d.line).length;
  return `${head}\n ${String(d.line)} | ${d.excerpt}\n ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, d.col - 1))}^`;
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');
