// The schema kit's core: what a schema is, how a walk reports a located problem, and the guards every
// value passes through (aliases, unknown tags, depth).
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import { msg } from '../../messages/index.js';

export type Range = readonly [number, number];
export type Path = readonly (string | number)[];

interface Problem {
  path: Path;
  range: Range | undefined;
  message: string;
}

/** What a schema needs while it walks a tree: where to report problems, and how deep it is. */
export interface WalkContext {
  problems: Problem[];
  depth: number;
  /** Entries of lenient records that had problems ("nodes/x"): left out of the value, named here. */
  broken?: Set<string>;
}

export const INVALID: unique symbol = Symbol('invalid');
export type Result<T> = T | typeof INVALID;

export type JsonSchema = { [key: string]: unknown };

export interface Schema<T> {
  readonly parse: (node: unknown, ctx: WalkContext, path: Trail) => Result<T>;
  readonly json: () => JsonSchema;
  readonly optional: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

export const MAX_DEPTH = 48;

export const pathKey = (path: Path): string => path.join('/');

/** Where the walk is: a link per level, made into a Path only when a problem needs one (building
 * a whole path for every value would cost the walk a good share of its time). */
export type Trail = { readonly up: Trail; readonly key: string | number } | null;
export const ROOT: Trail = null;
export const down = (up: Trail, key: string | number): Trail => ({ up, key });

export function pathOf(trail: Trail): Path {
  const out: (string | number)[] = [];
  for (let t = trail; t; t = t.up) out.push(t.key);
  return out.reverse();
}

function rangeOf(node: unknown): Range | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}

export function fail(ctx: WalkContext, path: Trail, node: unknown, message: string): typeof INVALID {
  ctx.problems.push({ path: pathOf(path), range: rangeOf(node), message });
  return INVALID;
}

export function describe(node: unknown): string {
  if (node == null) return msg('scenario.schema.kind.nothing');
  if (isMap(node)) return msg('scenario.schema.kind.mapping');
  if (isSeq(node)) return msg('scenario.schema.kind.list');
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return msg('scenario.schema.kind.empty');
    if (typeof v === 'string') return msg('scenario.schema.kind.text');
    if (typeof v === 'number') return msg('scenario.schema.kind.number');
    if (typeof v === 'boolean') return msg('scenario.schema.kind.boolean');
  }
  return msg('scenario.schema.kind.other');
}

export function enter<T>(ctx: WalkContext, path: Trail, node: unknown, body: () => Result<T>): Result<T> {
  if (isAlias(node)) return fail(ctx, path, node, msg('scenario.schema.noAliases'));
  const tag = (node as { tag?: string } | null)?.tag;
  if (tag && !STANDARD_TAGS.has(tag)) {
    return fail(ctx, path, node, msg('scenario.schema.noTags', { tag: tag.replace('tag:yaml.org,2002:', '!!') }));
  }
  if (ctx.depth >= MAX_DEPTH) return fail(ctx, path, node, msg('scenario.schema.tooDeep', { max: MAX_DEPTH }));
  ctx.depth++;
  try {
    return body();
  } finally {
    ctx.depth--;
  }
}

const STANDARD_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
]);

export function make<T>(parse: Schema<T>['parse'], json: () => JsonSchema): Schema<T> {
  return { parse, json, optional: false };
}

export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly optional: true;
}

export function optional<T>(s: Schema<T>): OptionalSchema<T> {
  return { ...s, optional: true } as OptionalSchema<T>;
}
