// Big scenario files are parsed in pieces. The YAML parser keeps its syntax tables for the whole
// document alive until it is done, and the garbage collector's work grows with all it keeps, so one
// huge document takes time that grows faster than its size. Split only where a line starts a new
// entry of the top-level mapping (or of one big section in it, such as nodes:), each piece is
// parsed, walked and dropped in turn. A piece that does not parse as one clean block mapping
// abandons the pieces (Unsplittable): the caller then parses the file whole, so every message is
// exactly the one a whole-file parse gives.
import { isMap, isSeq, parseAllDocuments, visit, type Pair, YAMLMap } from 'yaml';

/** uniqueKeys is off because its check is quadratic in a mapping's size; the schema walk finds
 * duplicate keys in linear time instead. Merge keys are off: `<<` is just an unknown key. */
export const YAML_OPTIONS = {
  uniqueKeys: false,
  merge: false,
  prettyErrors: false,
  logLevel: 'silent',
  version: '1.2',
} as const;

export interface Splitting {
  /** Files up to this many characters are parsed whole. */
  above: number;
  /** Pieces are at least this long (except the last of a section). */
  size: number;
}

export const DEFAULT_SPLITTING: Splitting = { above: 1024 * 1024, size: 16 * 1024 };

export class Unsplittable extends Error {}

/** Time spent inside the YAML parser, for the benchmark. */
export interface ParseClock {
  yamlMs: number;
}

interface Span {
  start: number;
  end: number;
}

/** A piece of the top level: some whole entries, or one big entry split further. */
type TopPiece = { kind: 'entries'; span: Span } | { kind: 'section'; header: Span; body: Span; pieces: Span[] };

const entryLine = (indent: number) => new RegExp(`^ {${indent}}[A-Za-z0-9_-]+:(?=[ \\t]|\\r?$)`, 'gm');
const SECTION_HEADER = /^[A-Za-z0-9_-]+:[ \t]*(?:#.*)?\r?$/;
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?\r?$/;

/** The offsets of the lines, between start and end, that begin an entry at this indentation. */
function entryStarts(text: string, from: number, to: number, indent: number): number[] {
  const re = entryLine(indent);
  re.lastIndex = from;
  const out: number[] = [];
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Consecutive entries joined until each piece is at least `size` long. */
function group(starts: readonly number[], end: number, size: number): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < starts.length;) {
    const start = starts[i]!;
    let j = i + 1;
    while (j < starts.length && starts[j]! - start < size) j++;
    out.push({ start, end: starts[j] ?? end });
    i = j;
  }
  return out;
}

function lineEnd(text: string, at: number, limit: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 || nl >= limit ? limit : nl + 1;
}

/** The line starting at `at`, without its line break. */
const lineAt = (text: string, at: number, limit: number): string =>
  text.slice(at, lineEnd(text, at, limit)).replace(/\r?\n$/, '');

/** A big `key:` entry whose value is a block mapping indented below it, split at its own entries. */
function section(text: string, span: Span, size: number): TopPiece | undefined {
  const headerEnd = lineEnd(text, span.start, span.end);
  if (!SECTION_HEADER.test(lineAt(text, span.start, span.end))) return undefined;
  let at = headerEnd;
  while (at < span.end && BLANK_OR_COMMENT.test(lineAt(text, at, span.end))) at = lineEnd(text, at, span.end);
  const indent = /^ */.exec(text.slice(at, at + 64))![0].length;
  if (indent === 0 || at >= span.end) return undefined;
  const starts = entryStarts(text, at, span.end, indent);
  if (starts[0] !== at) return undefined;
  return {
    kind: 'section',
    header: { start: span.start, end: headerEnd },
    body: { start: at, end: span.end },
    pieces: group(starts, span.end, size),
  };
}

export interface Plan {
  pieces: TopPiece[];
  /** Where the top-level mapping starts (after any comments and ---). */
  start: number;
}

/** How to cut the text, or undefined when it is better parsed whole. */
export function plan(text: string, splitting: Splitting): Plan | undefined {
  if (text.length <= splitting.above) return undefined;
  const starts = entryStarts(text, 0, text.length, 0);
  if (starts.length === 0) return undefined;
  const start = starts[0]!;
  // Whatever comes before the first entry (comments, ---, directives) belongs to the first piece.
  starts[0] = 0;
  const out: TopPiece[] = [];
  let pending: number[] = [];
  const flush = (end: number) => {
    for (const span of group(pending, end, splitting.size)) out.push({ kind: 'entries', span });
    pending = [];
  };
  starts.forEach((start, i) => {
    const span = { start, end: starts[i + 1] ?? text.length };
    const big = span.end - span.start > splitting.size ? section(text, span, splitting.size) : undefined;
    if (!big) return pending.push(start);
    flush(start);
    out.push(big);
  });
  flush(text.length);
  const count = out.reduce((n, p) => n + (p.kind === 'section' ? p.pieces.length : 1), 0);
  return count > 1 ? { pieces: out, start } : undefined;
}

/** Where the first alias (*name) is, if any. */
export function firstAlias(node: Parameters<typeof visit>[0]): number | undefined {
  let at: number | undefined;
  visit(node, {
    Alias(_, a) {
      at = a.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

// Deeper than any scenario needs: such a piece is left to the whole-file parse and its message.
const MAX_PIECE_DEPTH = 64;

/** Moves every position in a piece's tree from the piece's own offsets to the file's. */
function shift(node: unknown, by: number, depth = 0): void {
  if (depth > MAX_PIECE_DEPTH) throw new Unsplittable();
  const r = (node as { range?: number[] } | null)?.range;
  if (r) for (let i = 0; i < r.length; i++) r[i]! += by;
  if (isMap(node)) {
    for (const pair of node.items) {
      shift(pair.key, by, depth + 1);
      shift(pair.value, by, depth + 1);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) shift(item, by, depth + 1);
  }
}

function parsePiece(text: string, span: Span, clock: ParseClock): Pair[] {
  const t = performance.now();
  const piece = text.slice(span.start, span.end);
  const docs = parseAllDocuments(piece, YAML_OPTIONS);
  const doc = Array.isArray(docs) && docs.length === 1 ? docs[0] : undefined;
  const root = doc?.contents;
  if (!doc || doc.errors.length > 0 || !isMap(root) || root.flow) throw new Unsplittable();
  if (piece.includes('*') && firstAlias(doc) !== undefined) throw new Unsplittable();
  shift(root, span.start);
  clock.yamlMs += performance.now() - t;
  return root.items as Pair[];
}

/** A mapping whose entries are parsed each time they are walked, piece by piece. */
function lazyMap(range: [number, number, number], pairs: () => Generator<Pair>): YAMLMap {
  const map = new YAMLMap();
  map.range = range;
  Object.defineProperty(map, 'items', { get: () => ({ [Symbol.iterator]: pairs }) });
  return map;
}

/** The document's root mapping, built from the pieces as it is walked. */
export function piecewiseTree(text: string, { pieces, start }: Plan, clock: ParseClock): YAMLMap {
  return lazyMap([start, text.length, text.length], function* () {
    for (const piece of pieces) {
      if (piece.kind === 'entries') {
        yield* parsePiece(text, piece.span, clock);
        continue;
      }
      const [header] = parsePiece(text, piece.header, clock);
      if (!header) throw new Unsplittable();
      const body = lazyMap([piece.body.start, piece.body.end, piece.body.end], function* () {
        for (const span of piece.pieces) yield* parsePiece(text, span, clock);
      });
      header.value = body;
      yield header;
    }
  });
}
