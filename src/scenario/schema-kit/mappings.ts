// Schemas of mappings: objects with known keys, records keyed by id, one key of several (conditions),
// and objects told apart by a tag (node kinds).
import { isAlias, isMap, isScalar, type Pair } from 'yaml';
import { didYouMean, msg } from '../../messages/index.js';
import { closest } from '../suggest.js';
import {
  describe,
  down,
  enter,
  fail,
  INVALID,
  make,
  pathKey,
  pathOf,
  type Infer,
  type Result,
  type Schema,
  type Trail,
  type WalkContext,
} from './core.js';

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
    fail(ctx, path, node, msg('scenario.schema.expectedMapping', { found: describe(node) }));
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
      fail(ctx, path, k, msg('scenario.schema.plainKeys'));
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
  /** Keys the JSON Schema requires although the walk leaves them to a graph check with a better message. */
  alsoRequired?: readonly string[];
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
              fail(ctx, path, node, msg('scenario.schema.missingKey', { key }));
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
      required: [...keys.filter((k) => !shape[k]!.optional), ...(opts.alsoRequired ?? [])],
      additionalProperties: false,
    }),
  );
}

export interface RecordOptions {
  key: RegExp;
  keyHint: string;
  description?: string;
  min?: number;
  /** What to say when there are fewer than `min` entries. */
  minMessage?: string;
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
          return fail(ctx, path, node, opts.minMessage ?? msg('scenario.atLeastEntries', { count: opts.min }));
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
          return fail(ctx, path, node, msg('scenario.schema.exactlyOne', { keys: keys.join(', ') }));
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
              msg('scenario.schema.unknownCondition', { key, keys: keys.join(', ') }) + didYouMean(hint),
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
      if (!isMap(node)) return fail(ctx, path, node, msg('scenario.schema.expectedMapping', { found: describe(node) }));
      const tagPair = node.items.find((p) => isScalar(p.key) && p.key.value === tagKey);
      const tag = tagPair && isScalar(tagPair.value) ? tagPair.value.value : undefined;
      if (typeof tag !== 'string' || !Object.hasOwn(variants, tag)) {
        const hint = typeof tag === 'string' ? closest(tag, names) : undefined;
        return fail(
          ctx,
          down(path, tagKey),
          tagPair?.value ?? node,
          tagPair
            ? msg('scenario.schema.tagOneOf', { key: tagKey, names: names.join(', ') }) + didYouMean(hint)
            : msg('scenario.schema.missingTag', { key: tagKey, names: names.join(', ') }),
        );
      }
      return variants[tag]!.parse(node, ctx, path) as Result<never>;
    },
    // The shape is chosen by the tag (if/then), so an editor reports one shape's problems, not every shape's.
    () => ({
      ...(description ? { description } : {}),
      type: 'object',
      required: [tagKey],
      properties: { [tagKey]: { enum: names, description: `which kind: ${names.join(', ')}` } },
      allOf: names.map((n) => {
        const j = variants[n]!.json();
        const props = (j.properties ?? {}) as Record<string, unknown>;
        const described = (props[tagKey] as { description?: string } | undefined)?.description;
        return {
          if: { properties: { [tagKey]: { const: n } }, required: [tagKey] },
          then: {
            ...j,
            properties: { ...props, [tagKey]: { const: n, ...(described ? { description: described } : {}) } },
          },
        };
      }),
    }),
  );
}
