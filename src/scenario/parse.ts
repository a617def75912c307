// YAML text → a value checked against a schema, with every problem located in the file.
import { isAlias, parseAllDocuments, visit } from 'yaml';
import { diagnostic, LineIndex, type Diagnostic, type Severity } from './diagnostics.js';
import { INVALID, pathKey, type Range, type Schema, type WalkContext } from './schema-kit.js';

export interface SourceFile {
  file: string;
  text: string;
  index: LineIndex;
  /** Where each value sits in the file, by path ("nodes/start/options/0/next"). */
  positions: Map<string, Range>;
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

export function parseYaml<T>(file: string, rawText: string, schema: Schema<T>, what = 'scenario'): Parsed<T> {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const index = new LineIndex(text);
  const source: SourceFile = { file, text, index, positions: new Map() };
  const at = (offset: number | undefined, message: string) => diagnostic(file, index, offset === undefined ? undefined : [offset, offset], 'error', message);

  // uniqueKeys is off because its check is quadratic in a mapping's size; the schema walk finds
  // duplicate keys in linear time instead. Merge keys are off: `<<` is just an unknown key.
  const docs = parseAllDocuments(text, { uniqueKeys: false, merge: false, prettyErrors: false, logLevel: 'silent', version: '1.2' });
  const all = Array.isArray(docs) ? docs : [];
  if (all.length > 1) return { source, value: undefined, partial: undefined, broken: new Set(), diagnostics: [at(all[1]!.range[0], `the file holds ${all.length} YAML documents (separated by ---); a ${what} file holds one`)] };
  const doc = all[0];
  // Later syntax errors are usually echoes of the first, so only the first is reported.
  const firstError = doc?.errors[0];
  if (firstError) return { source, value: undefined, partial: undefined, broken: new Set(), diagnostics: [at(firstError.pos[0], syntaxMessage(firstError.message))] };
  // Aliases are refused before anything could expand them ("billion laughs").
  let alias: number | undefined;
  if (doc) {
    visit(doc, {
      Alias(_, node) {
        alias = node.range?.[0];
        return visit.BREAK;
      },
    });
  }
  if (alias !== undefined) return { source, value: undefined, partial: undefined, broken: new Set(), diagnostics: [at(alias, 'aliases (*name) are not allowed in scenario files; write the value out')] };
  if (!doc || doc.contents === null || isEmptyScalar(doc.contents)) {
    return { source, value: undefined, partial: undefined, broken: new Set(), diagnostics: [at(0, `the ${what} is empty`)] };
  }

  const ctx: WalkContext = { problems: [], positions: source.positions, depth: 0, broken: new Set() };
  const value = schema.parse(doc.contents, ctx, []);
  const diagnostics = ctx.problems.map((p) => located(file, source, p.range ?? nearest(source.positions, p.path), 'error', p.message));
  const partial = value === INVALID ? undefined : value;
  return { source, value: diagnostics.length > 0 ? undefined : partial, partial, broken: ctx.broken!, diagnostics };
}

function isEmptyScalar(node: unknown): boolean {
  return typeof node === 'object' && node !== null && 'value' in node && (node as { value: unknown }).value === null;
}

function syntaxMessage(message: string): string {
  if (/call stack/i.test(message)) return 'the file is nested too deeply to read';
  return `${firstLine(message)} (fix this first: it can hide later problems)`;
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
export function located(file: string, source: SourceFile, range: Range | undefined, severity: Severity, message: string): Diagnostic {
  return diagnostic(file, source.index, range, severity, message);
}
