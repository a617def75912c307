// A tiny schema kit: each schema validates a YAML syntax tree (locating each problem),
// builds the typed value, and describes itself as JSON Schema. The scenario format is written
// once with it, so the TypeScript types, the runtime checks and the shipped JSON Schema agree.
import { isAlias, isMap, isScalar, isSeq, type Pair } from 'yaml';
import { didYouMean, msg } from '../messages/index.js';
import { UNSAFE_CHARS } from '../safety/sanitize.js';
import { closest } from './suggest.js';

export type Range = readonly [number, number];
export type Path = readonly (string | number)[];

export interface Problem {
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
type Result<T> = T | typeof INVALID;

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
const down = (up: Trail, key: string | number): Trail => ({ up, key });

export function pathOf(trail: Trail): Path {
  const out: (string | number)[] = [];
  for (let t = trail; t; t = t.up) out.push(t.key);
  return out.reverse();
}

function rangeOf(node: unknown): Range | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}

function fail(ctx: WalkContext, path: Trail, node: unknown, message: string): typeof INVALID {
  ctx.problems.push({ path: pathOf(path), range: rangeOf(node), message });
  return INVALID;
}

function describe(node: unknown): string {
  if (node == null) return 'nothing';
  if (isMap(node)) return 'a mapping (key: value lines)';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'an empty value';
    if (typeof v === 'string') return 'text';
    if (typeof v === 'number') return 'a number';
    if (typeof v === 'boolean') return 'true/false';
  }
  return 'a value of another kind';
}

function enter<T>(ctx: WalkContext, path: Trail, node: unknown, body: () => Result<T>): Result<T> {
  if (isAlias(node))
    return fail(ctx, path, node, 'aliases (*name) are not allowed in scenario files; write the value out');
  const tag = (node as { tag?: string } | null)?.tag;
  if (tag && !STANDARD_TAGS.has(tag)) {
    return fail(ctx, path, node, `the tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not allowed in scenario files`);
  }
  if (ctx.depth >= MAX_DEPTH) return fail(ctx, path, node, `nested more than ${MAX_DEPTH} levels deep`);
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

function make<T>(parse: Schema<T>['parse'], json: () => JsonSchema): Schema<T> {
  return { parse, json, optional: false };
}

export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly optional: true;
}

export function optional<T>(s: Schema<T>): OptionalSchema<T> {
  return { ...s, optional: true } as OptionalSchema<T>;
}

interface TextOptions {
  description?: string;
  pattern?: RegExp;
  patternHint?: string;
  maxLength?: number;
  minLength?: number;
  /** Allow line breaks (long prose written with `|` or `>`). */
  multiline?: boolean;
  /** Also take a plain number (`1`), as text: for answers, where a number picks an option. */
  numbers?: boolean;
}

export function text(opts: TextOptions = {}): Schema<string> {
  const minLength = opts.minLength ?? 1;
  return make(
    (node, ctx, path) =>
      enter(ctx, path, node, () => {
        const raw = isScalar(node) ? node.value : undefined;
        if (typeof raw !== 'string' && !(opts.numbers && typeof raw === 'number')) {
          return fail(
            ctx,
            path,
            node,
            `expected text, found ${describe(node)}` +
              (typeof raw === 'boolean' ? ' (put it in quotes to mean the word)' : ''),
          );
        }
        const v = isScalar(node) && typeof raw === 'number' ? (node.source ?? String(raw)) : String(raw);
        const bad = UNSAFE_CHARS.exec(v);
        if (bad) {
          const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
          return fail(ctx, path, node, `contains the control or direction character U+${code}, which is not allowed`);
        }
        if (!opts.multiline && /[\r\n]/.test(v) && /[\r\n]/.test(v.trimEnd()))
          return fail(ctx, path, node, 'must be on one line');
        const trimmed = v.trim();
        if (trimmed.length < minLength) return fail(ctx, path, node, 'must not be empty');
        if (opts.maxLength !== undefined && v.length > opts.maxLength) {
          return fail(ctx, path, node, `is ${v.length} characters long; at most ${opts.maxLength} are allowed`);
        }
        if (opts.pattern && !opts.pattern.test(v)) {
          return fail(
            ctx,
            path,
            node,
            `"${v}" is not valid here: ${opts.patternHint ?? `it must match ${opts.pattern.source}`}`,
          );
        }
        return trimmed;
      }),
    () => ({
      type: opts.numbers ? ['string', 'number'] : 'string',
      ...(opts.description ? { description: opts.description } : {}),
      ...(minLength > 0 ? { minLength } : {}),
      ...(opts.maxLength !== undefined ? { maxLength: opts.maxLength } : {}),
      ...(opts.pattern ? { pattern: opts.pattern.source } : {}),
    }),
  );
}

export function literal<const V extends string | number | boolean>(
  values: readonly V[],
  description?: string,
): Schema<V> {
  return make(
    (node, ctx, path) =>
      enter(ctx, path, node, () => {
        const v = isScalar(node) ? node.value : undefined;
        if ((values as readonly unknown[]).includes(v)) return v as V;
        const shown = values.map((x) => JSON.stringify(x)).join(', ');
        const hint = typeof v === 'string' ? closest(v, values.map(String)) : undefined;
        return fail(ctx, path, node, `expected one of ${shown}${didYouMean(hint)}`);
      }),
    () => ({ enum: [...values], ...(description ? { description } : {}) }),
  );
}

export function flag(description?: string): Schema<boolean> {
  return make(
    (node, ctx, path) =>
      enter(ctx, path, node, () =>
        isScalar(node) && typeof node.value === 'boolean'
          ? node.value
          : fail(ctx, path, node, `expected true or false, found ${describe(node)}`),
      ),
    () => ({ type: 'boolean', ...(description ? { description } : {}) }),
  );
}

export function integer(opts: { min: number; max: number; description?: string }): Schema<number> {
  return make(
    (node, ctx, path) =>
      enter(ctx, path, node, () => {
        const v = isScalar(node) ? node.value : undefined;
        if (typeof v === 'number' && Number.isInteger(v) && v >= opts.min && v <= opts.max) return v;
        return fail(
          ctx,
          path,
          node,
          `expected a whole number from ${opts.min} to ${opts.max}, found ${describe(node)}`,
        );
      }),
    () => ({
      type: 'integer',
      minimum: opts.min,
      maximum: opts.max,
      ...(opts.description ? { description: opts.description } : {}),
    }),
  );
}

export function list<T>(
  item: Schema<T>,
  opts: { min?: number; description?: string; unique?: boolean } = {},
): Schema<T[]> {
  return make(
    (node, ctx, path) =>
      enter(ctx, path, node, () => {
        if (!isSeq(node)) return fail(ctx, path, node, `expected a list, found ${describe(node)}`);
        const out: T[] = [];
        // Seen items, for `unique`: a set, so a long list is checked in linear time.
        const seen = new Set<T>();
        let ok = true;
        node.items.forEach((child, i) => {
          const v = item.parse(child, ctx, down(path, i));
          if (v === INVALID) ok = false;
          else if (opts.unique && seen.has(v)) {
            fail(ctx, down(path, i), child, `${JSON.stringify(v)} is listed twice`);
            ok = false;
          } else {
            out.push(v);
            seen.add(v);
          }
        });
        if (ok && opts.min !== undefined && out.length < opts.min) {
          return fail(ctx, path, node, msg('scenario.atLeastItems', { count: opts.min }));
        }
        return ok ? out : INVALID;
      }),
    () => ({
      type: 'array',
      items: item.json(),
      ...(opts.min !== undefined ? { minItems: opts.min } : {}),
      ...(opts.unique ? { uniqueItems: true } : {}),
      ...(opts.description ? { description: opts.description } : {}),
    }),
  );
}

type Shape = Record<string, Schema<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K]['optional'] extends true ? never : K }[keyof S];
type ObjectOf<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & {
  [K in Exclude<keyof S, RequiredKeys<S>>]?: Exclude<Infer<S[K]>, undefined>;
};
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** Walks a mapping's pairs once, reporting duplicate keys in linear time (the yaml check is quadratic). */
function eachPair(
  node: unknown,
  ctx: WalkContext,
  path: Trail,
  visit: (key: string, pair: Pair<unknown, unknown>) => void,
): boolean {
  if (!isMap(node)) {
    fail(ctx, path, node, `expected a mapping (key: value lines), found ${describe(node)}`);
    return false;
  }
  // Keys seen so far: a short list for the usual small mapping, a set once it grows.
  const few: string[] = [];
  let many: Set<string> | undefined;
  const seenBefore = (key: string): boolean => {
    if (many) return many.has(key) || (many.add(key), false);
    if (few.includes(key)) return true;
    few.push(key);
    if (few.length > 8) many = new Set(few);
    return false;
  };
  let ok = true;
  for (const pair of node.items) {
    const k = pair.key;
    if (!isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number')) {
      fail(ctx, path, k, 'keys must be plain words');
      ok = false;
      continue;
    }
    const key = typeof k.value === 'string' ? k.value : String(k.value);
    if (seenBefore(key)) {
      fail(ctx, down(path, key), k, `"${key}" appears twice in the same mapping`);
      ok = false;
      continue;
    }
    visit(key, pair);
  }
  return ok;
}

export interface ObjectOptions {
  description?: string;
  title?: string;
  /** Report unknown keys but still build the value, so later checks can run on the rest. */
  lenient?: boolean;
}

export function object<S extends Shape>(shape: S, opts: ObjectOptions = {}): Schema<Flatten<ObjectOf<S>>> {
  const keys = Object.keys(shape);
  const requiredKeys = keys.filter((k) => !shape[k]!.optional);
  if (keys.includes('__proto__')) throw new Error('schema-kit: "__proto__" cannot be a key of an object shape');
  return make(
    (node, ctx, path) =>
      enter(ctx, path, node, () => {
        // Only the shape's own keys are ever set, and none is "__proto__" (checked above), so a plain
        // object is safe here, and much faster to build and read than one without a prototype.
        const out: Record<string, unknown> = {};
        let ok = true;
        // Required keys found (each key comes once: eachPair drops repeats).
        let required = 0;
        // A misspelt key is reported once, as unknown with its suggestion, not again as missing.
        const suggested = new Set<string>();
        const wellFormed = eachPair(node, ctx, path, (key, pair) => {
          const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
          if (schema && !schema.optional) required++;
          if (!schema) {
            const hint = closest(key, keys);
            if (hint) suggested.add(hint);
            fail(
              ctx,
              down(path, key),
              pair.key,
              `unknown key "${key}"${hint ? didYouMean(hint) : `; expected one of ${keys.join(', ')}`}`,
            );
            if (!opts.lenient || hint) ok = false;
            return;
          }
          const v = schema.parse(pair.value, ctx, down(path, key));
          if (v === INVALID) ok = false;
          else if (v !== undefined) out[key] = v;
        });
        if (!isMap(node)) return INVALID;
        if (!wellFormed) ok = false;
        if (required < requiredKeys.length) {
          // (items may be a big file's pieces: an iterable, not an array)
          const present = new Set<string>();
          for (const p of node.items) if (isScalar(p.key)) present.add(String(p.key.value));
          for (const key of requiredKeys) {
            if (!present.has(key) && !suggested.has(key)) {
              fail(ctx, path, node, `missing the required key "${key}"`);
              ok = false;
            }
          }
        }
        return ok ? (out as Flatten<ObjectOf<S>>) : INVALID;
      }),
    () => ({
      type: 'object',
      ...(opts.title ? { title: opts.title } : {}),
      ...(opts.description ? { description: opts.description } : {}),
      properties: Object.fromEntries(keys.map((k) => [k, shape[k]!.json()])),
      required: keys.filter((k) => !shape[k]!.optional),
      additionalProperties: false,
    }),
  );
}

export interface RecordOptions {
  key: RegExp;
  keyHint: string;
  description?: string;
  min?: number;
  /** Leave out entries with problems (naming them in ctx.broken) instead of failing the whole record. */
  lenient?: boolean;
}

/** A mapping from ids the author chooses to values of one schema. */
export function record<T>(value: Schema<T>, opts: RecordOptions): Schema<Record<string, T>> {
  return make(
    (node, ctx, path) =>
      enter(ctx, path, node, () => {
        const out: Record<string, T> = Object.create(null);
        let ok = true;
        const broken = (key: string) => {
          if (opts.lenient) ctx.broken?.add(pathKey(pathOf(down(path, key))));
          else ok = false;
        };
        const wellFormed = eachPair(node, ctx, path, (key, pair) => {
          if (!opts.key.test(key)) {
            fail(ctx, down(path, key), pair.key, `"${key}" is not a valid id: ${opts.keyHint}`);
            broken(key);
            return;
          }
          const v = value.parse(pair.value, ctx, down(path, key));
          if (v === INVALID) broken(key);
          else out[key] = v;
        });
        if (!wellFormed && !opts.lenient) ok = false;
        if (ok && opts.min !== undefined && Object.keys(out).length < opts.min) {
          return fail(ctx, path, node, msg('scenario.atLeastEntries', { count: opts.min }));
        }
        return ok ? out : INVALID;
      }),
    () => ({
      type: 'object',
      ...(opts.description ? { description: opts.description } : {}),
      propertyNames: { pattern: opts.key.source },
      additionalProperties: value.json(),
      ...(opts.min !== undefined ? { minProperties: opts.min } : {}),
    }),
  );
}

/** One of several object shapes, told apart by a single key that only one of them has. */
export function oneKeyOf<S extends Shape>(
  shapes: S,
  description?: string,
): Schema<{ [K in keyof S]: { [P in K]: Infer<S[K]> } }[keyof S]> {
  const keys = Object.keys(shapes);
  return make(
    (node, ctx, path) =>
      enter(ctx, path, node, () => {
        if (!isMap(node) || node.items.length !== 1) {
          return fail(ctx, path, node, `expected exactly one of: ${keys.join(', ')}`);
        }
        let result: Result<unknown> = INVALID;
        eachPair(node, ctx, path, (key, pair) => {
          const schema = Object.hasOwn(shapes, key) ? shapes[key] : undefined;
          if (!schema) {
            const hint = closest(key, keys);
            fail(
              ctx,
              down(path, key),
              pair.key,
              `unknown condition "${key}"; expected one of ${keys.join(', ')}${didYouMean(hint)}`,
            );
            return;
          }
          const v = schema.parse(pair.value, ctx, down(path, key));
          if (v !== INVALID) {
            const out: Record<string, unknown> = Object.create(null);
            out[key] = v;
            result = out;
          }
        });
        return result as Result<{ [K in keyof S]: { [P in K]: Infer<S[K]> } }[keyof S]>;
      }),
    () => ({
      ...(description ? { description } : {}),
      oneOf: keys.map((k) => ({
        type: 'object',
        properties: { [k]: shapes[k]!.json() },
        required: [k],
        additionalProperties: false,
      })),
    }),
  );
}

/** Objects told apart by the value of one key (`kind: choice`, `kind: text`, ...). */
export function tagged<K extends string, S extends Record<string, Schema<object>>>(
  tagKey: K,
  variants: S,
  description?: string,
): Schema<{ [V in keyof S]: Infer<S[V]> & { [P in K]: V } }[keyof S]> {
  type Out = { [V in keyof S]: Infer<S[V]> & { [P in K]: V } }[keyof S];
  const names = Object.keys(variants);
  return make<Out>(
    (node, ctx, path) => {
      if (isAlias(node)) return enter<Out>(ctx, path, node, () => INVALID);
      if (!isMap(node)) return fail(ctx, path, node, `expected a mapping (key: value lines), found ${describe(node)}`);
      const tagPair = node.items.find((p) => isScalar(p.key) && p.key.value === tagKey);
      const tag = tagPair && isScalar(tagPair.value) ? tagPair.value.value : undefined;
      if (typeof tag !== 'string' || !Object.hasOwn(variants, tag)) {
        const hint = typeof tag === 'string' ? closest(tag, names) : undefined;
        return fail(
          ctx,
          down(path, tagKey),
          tagPair?.value ?? node,
          tagPair
            ? `${tagKey} must be one of ${names.join(', ')}${didYouMean(hint)}`
            : `missing the required key "${tagKey}" (one of ${names.join(', ')})`,
        );
      }
      return variants[tag]!.parse(node, ctx, path) as Result<never>;
    },
    () => ({
      ...(description ? { description } : {}),
      oneOf: names.map((n) => {
        const j = variants[n]!.json();
        const props = (j.properties ?? {}) as Record<string, unknown>;
        const described = (props[tagKey] as { description?: string } | undefined)?.description;
        return {
          ...j,
          properties: { ...props, [tagKey]: { const: n, ...(described ? { description: described } : {}) } },
        };
      }),
    }),
  );
}

/** Text, or a list of text. */
export function textOrList(item: Schema<string>, description?: string): Schema<string | string[]> {
  const asList = list(item, { min: 1 });
  return make(
    (node, ctx, path) => (isSeq(node) ? asList.parse(node, ctx, path) : item.parse(node, ctx, path)),
    () => ({ ...(description ? { description } : {}), anyOf: [item.json(), asList.json()] }),
  );
}

/** A schema described once, under `$defs/<name>` in the JSON Schema, and referred to by `$ref`. */
export interface Named<T> extends Schema<T> {
  readonly defName: string;
  /** The JSON Schema written under $defs. */
  readonly definition: () => JsonSchema;
}

export function named<T>(defName: string, s: Schema<T>): Named<T> {
  return {
    parse: s.parse,
    optional: s.optional,
    json: () => ({ $ref: `#/$defs/${defName}` }),
    defName,
    definition: s.json,
  };
}

/** A schema that refers to itself (conditions nest). */
export function lazy<T>(get: () => Schema<T>, ref: string): Schema<T> {
  return make(
    (node, ctx, path) => get().parse(node, ctx, path),
    () => ({ $ref: `#/$defs/${ref}` }),
  );
}
