// YAML text → a value checked against a schema, with every problem located in the file.
// Two steps: readYaml (the YAML parser, always over the whole document) and checkTree (the schema walk).
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, visit, type Node } from 'yaml';
import { diagnostic, LineIndex, type Diagnostic, type Severity } from './diagnostics.js';
import { friendlySyntax } from './yaml-messages.js';
import { INVALID, MAX_DEPTH, pathKey, ROOT, type Range, type Schema, type WalkContext } from './schema-kit/core.js';
import { msg } from '../messages/index.js';

// Duplicate keys and merges are reported by the schema walk, with positions, not by the parser.
const YAML_OPTIONS = {
  uniqueKeys: false,
  merge: false,
  prettyErrors: false,
  logLevel: 'silent',
  version: '1.2',
} as const;

export interface SourceFile {
  file: string;
  text: string;
  /** Line starts, found on first use: only a file with problems needs them. */
  readonly index: LineIndex;
  /** Where each value sits in the file, by path ("nodes/start/options/0/next"; a map key as
   * "path#key"). Found on first use, in one pass over the tree: only messages need it. */
  readonly positions: Map<string, Range>;
}

export interface Parsed<T> {
  source: SourceFile;
  /** The value, when the file has no problems at all. */
  value: T | undefined;
  /** The value without the entries that had problems, so later checks can still run on the rest. */
  partial: T | undefined;
  /** Paths of the entries left out of `partial` ("nodes/x", "points/y"). */
  broken: Set<string>;
  diagnostics: Diagnostic[];
}

export interface ReadYaml {
  source: SourceFile;
  /** The document's syntax tree; absent when the file is empty or has a syntax problem. */
  tree: Node | undefined;
  diagnostics: Diagnostic[];
  what: string;
}

export function parseYaml<T>(file: string, rawText: string, schema: Schema<T>, what = 'scenario'): Parsed<T> {
  return checkTree(readYaml(file, rawText, what), schema);
}

export function readYaml(file: string, rawText: string, what = 'scenario'): ReadYaml {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // Set once the document parses; positions are found from it only when a message needs them.
  const parsed: { tree?: Node } = {};
  let index: LineIndex | undefined;
  let positions: Map<string, Range> | undefined;
  const source: SourceFile = {
    file,
    text,
    get index() {
      return (index ??= new LineIndex(text));
    },
    get positions() {
      return (positions ??= positionsOf(parsed.tree));
    },
  };
  const failed = (offset: number | undefined, message: string): ReadYaml => ({
    source,
    tree: undefined,
    diagnostics: [
      diagnostic(file, source.index, offset === undefined ? undefined : [offset, offset], 'error', message),
    ],
    what,
  });

  const docs = parseAllDocuments(text, YAML_OPTIONS);
  const all = Array.isArray(docs) ? docs : [];
  if (all.length > 1) return failed(all[1]!.range[0], msg('scenario.parse.documents', { count: all.length }));
  const doc = all[0];
  // Later syntax errors are usually echoes of the first, so only the first is reported.
  const firstError = doc?.errors[0];
  if (firstError) {
    const friendly = friendlySyntax(firstError, text);
    if (friendly) return failed(friendly.offset, friendly.message);
    return failed(firstError.pos[0], syntaxMessage(firstError.message));
  }
  // Aliases are refused before anything could expand them ("billion laughs").
  const alias = doc && text.includes('*') ? firstAlias(doc) : undefined;
  if (alias !== undefined)
    return failed(alias, 'aliases (*name) are not allowed in scenario files; write the value out');
  if (!doc || doc.contents === null || isEmptyScalar(doc.contents)) return failed(0, `the ${what} is empty`);
  parsed.tree = doc.contents;
  return { source, tree: doc.contents, diagnostics: [], what };
}

export function checkTree<T>(read: ReadYaml, schema: Schema<T>): Parsed<T> {
  const { source, tree } = read;
  if (tree === undefined)
    return { source, value: undefined, partial: undefined, broken: new Set(), diagnostics: read.diagnostics };
  const ctx: WalkContext = { problems: [], depth: 0, broken: new Set() };
  const value = schema.parse(tree, ctx, ROOT);
  const diagnostics = ctx.problems.map((p) =>
    located(source.file, source, p.range ?? nearest(source.positions, p.path), 'error', p.message),
  );
  const partial = value === INVALID ? undefined : value;
  return { source, value: diagnostics.length > 0 ? undefined : partial, partial, broken: ctx.broken!, diagnostics };
}

/** Every value's position in one pass over the tree (as deep as the schema walk goes). */
function positionsOf(tree: Node | undefined): Map<string, Range> {
  const out = new Map<string, Range>();
  const walk = (node: unknown, path: string, depth = 0): void => {
    if (isAlias(node) || depth > MAX_DEPTH) return;
    const r = (node as { range?: [number, number, number] } | null)?.range;
    if (r) out.set(path, [r[0], r[1]]);
    const below = (key: string | number) => (path === '' ? String(key) : `${path}/${key}`);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || (typeof pair.key.value !== 'string' && typeof pair.key.value !== 'number')) continue;
        const key = below(pair.key.value);
        // The first of two equal keys is the one the schema walk kept.
        if (out.has(`${key}#key`)) continue;
        if (pair.key.range) out.set(`${key}#key`, [pair.key.range[0], pair.key.range[1]]);
        walk(pair.value, key, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, below(i), depth + 1));
    }
  };
  walk(tree, '');
  return out;
}

/** Where the first alias (*name) is, if any. */
function firstAlias(node: Parameters<typeof visit>[0]): number | undefined {
  let at: number | undefined;
  visit(node, {
    Alias(_, a) {
      at = a.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

function isEmptyScalar(node: unknown): boolean {
  return typeof node === 'object' && node !== null && 'value' in node && (node as { value: unknown }).value === null;
}

function syntaxMessage(message: string): string {
  if (/call stack/i.test(message)) return msg('scenario.parse.tooDeep');
  return msg('scenario.parse.fixFirst', { problem: firstLine(message) });
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/** The position of the closest enclosing value that has one. */
export function nearest(positions: Map<string, Range>, path: readonly (string | number)[]): Range | undefined {
  // A problem with a whole node or point ("node x cannot ...") points at its name.
  const named = path.length === 2 ? positions.get(`${pathKey(path)}#key`) : undefined;
  if (named) return named;
  for (let n = path.length; n >= 0; n--) {
    const r = positions.get(pathKey(path.slice(0, n)));
    if (r) return r;
  }
  return undefined;
}

/** A diagnostic at a place in a parsed file. */
export function located(
  file: string,
  source: SourceFile,
  range: Range | undefined,
  severity: Severity,
  message: string,
): Diagnostic {
  return diagnostic(file, source.index, range, severity, message);
}
