// YAML text → a value checked against a schema, with every problem located in the file.
// Two steps: readYaml (the YAML parser) and checkTree (the schema walk). A big file's tree is
// parsed piece by piece while it is walked (see pieces.ts).
import { isMap, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { diagnostic, LineIndex, type Diagnostic } from './diagnostics.js';
import { DEFAULT_SPLITTING, piecewiseTree, plan, Unsplittable, YAML_OPTIONS, type ParseClock, type Splitting } from './pieces.js';
import { INVALID, pathKey, type Range, type Schema, type WalkContext } from './schema-kit.js';

export interface SourceFile {
  file: string;
  text: string;
  /** Line starts, built on first use: only a file with problems needs them. */
  readonly index: LineIndex;
  /** Where a value sits in the file, by path ("nodes/start/options/0/next"; a map key as "path#key"). */
  position(path: string): Range | undefined;
}

export interface Parsed<T> {
  source: SourceFile;
  value: T | undefined;
  diagnostics: Diagnostic[];
}

export interface ReadYaml {
  source: SourceFile;
  /** The document's syntax tree; absent when the file is empty or not valid YAML. */
  tree: Node | undefined;
  diagnostics: Diagnostic[];
  /** Time spent in the YAML parser so far (pieces of a big file are parsed during the walk). */
  clock: ParseClock;
  what: string;
}

export function parseYaml<T>(file: string, rawText: string, schema: Schema<T>, what = 'scenario'): Parsed<T> {
  return checkTree(readYaml(file, rawText, what), schema);
}

export function readYaml(file: string, rawText: string, what = 'scenario', splitting: Splitting = DEFAULT_SPLITTING): ReadYaml {
  const started = performance.now();
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const clock: ParseClock = { yamlMs: 0 };
  let tree: Node | undefined;
  let index: LineIndex | undefined;
  let positions: Map<string, Range> | undefined;
  const source: SourceFile = {
    file,
    text,
    get index() {
      return (index ??= new LineIndex(text));
    },
    position: (path) => (positions ??= positionsOf(tree)).get(path),
  };
  const pieces = plan(text, splitting);
  if (pieces) {
    tree = piecewiseTree(text, pieces, clock);
    return { source, tree, diagnostics: [], clock, what };
  }
  const failed = (offset: number, message: string): ReadYaml => ({ source, tree: undefined, diagnostics: [diagnostic(file, source.index, offset, 'error', message)], clock, what });

  const docs = parseAllDocuments(text, YAML_OPTIONS);
  clock.yamlMs = performance.now() - started;
  const all = Array.isArray(docs) ? docs : [];
  if (all.length > 1) return failed(all[1]!.range[0], `the file holds ${all.length} YAML documents (separated by ---); a ${what} file holds one`);
  const doc = all[0];
  // Later syntax errors are usually echoes of the first, so only the first is reported.
  const firstError = doc?.errors[0];
  if (firstError) return failed(firstError.pos[0], `${firstLine(firstError.message)} (fix this first: it can hide later problems)`);
  if (!doc || doc.contents === null || isEmptyScalar(doc.contents)) return failed(0, `the ${what} is empty`);
  tree = doc.contents;
  return { source, tree, diagnostics: [], clock, what };
}

export function checkTree<T>(read: ReadYaml, schema: Schema<T>): Parsed<T> {
  const { source, tree } = read;
  if (tree === undefined) return { source, value: undefined, diagnostics: read.diagnostics };
  const ctx: WalkContext = { problems: [], depth: 0 };
  let value: ReturnType<Schema<T>['parse']>;
  try {
    value = schema.parse(tree, ctx, []);
  } catch (e) {
    if (!(e instanceof Unsplittable)) throw e;
    // A piece did not parse cleanly: parse the file whole, for the exact messages.
    const whole = readYaml(source.file, source.text, read.what, { above: Infinity, size: 0 });
    whole.clock.yamlMs += read.clock.yamlMs;
    Object.assign(read, whole);
    return checkTree(read, schema);
  }
  const diagnostics = ctx.problems.map((p) => diagnostic(source.file, source.index, p.range?.[0] ?? nearest(source, p.path), 'error', p.message));
  return { source, value: value === INVALID || diagnostics.length > 0 ? undefined : value, diagnostics };
}

/** Every value's position in one pass over the tree: built only when a message needs one. */
function positionsOf(tree: Node | undefined): Map<string, Range> {
  const out = new Map<string, Range>();
  const visit = (node: unknown, path: string): void => {
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
        visit(pair.value, key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, below(i)));
    }
  };
  visit(tree, '');
  return out;
}

function isEmptyScalar(node: unknown): boolean {
  return typeof node === 'object' && node !== null && 'value' in node && (node as { value: unknown }).value === null;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/** The position of the closest enclosing value that has one. */
export function nearest(source: SourceFile, path: readonly (string | number)[]): number | undefined {
  // A problem with a whole node or point ("node x cannot ...") points at its name.
  const named = path.length === 2 ? source.position(`${pathKey(path)}#key`) : undefined;
  if (named) return named[0];
  for (let n = path.length; n >= 0; n--) {
    const r = source.position(pathKey(path.slice(0, n)));
    if (r) return r[0];
  }
  return undefined;
}
