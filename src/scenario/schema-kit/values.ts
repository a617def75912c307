// Schemas of single values and lists: text, a fixed set of values, true/false, whole numbers, lists,
// and named or lazily referenced definitions.
import { isScalar, isSeq } from 'yaml';
import { didYouMean, msg } from '../../messages/index.js';
import { UNSAFE_CHARS } from '../../engine/typed.js';
import { closest } from '../suggest.js';
import { describe, down, enter, fail, INVALID, make, type JsonSchema, type Schema } from './core.js';

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

/** The inside of UNSAFE_CHARS's character class, for JSON Schema patterns. */
const SAFE_CLASS = UNSAFE_CHARS.source.slice(1, -1);

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
            msg(typeof raw === 'boolean' ? 'scenario.schema.textNotBoolean' : 'scenario.schema.expectedText', {
              found: describe(node),
            }),
          );
        }
        const v = isScalar(node) && typeof raw === 'number' ? (node.source ?? String(raw)) : String(raw);
        const bad = UNSAFE_CHARS.exec(v);
        if (bad) {
          const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
          return fail(ctx, path, node, msg('scenario.schema.unsafeChar', { code }));
        }
        if (!opts.multiline && /[\r\n]/.test(v) && /[\r\n]/.test(v.trimEnd()))
          return fail(ctx, path, node, msg('scenario.schema.oneLine'));
        const trimmed = v.trim();
        if (trimmed.length < minLength) return fail(ctx, path, node, msg('scenario.schema.notEmpty'));
        if (opts.maxLength !== undefined && v.length > opts.maxLength) {
          return fail(ctx, path, node, msg('scenario.schema.tooLong', { length: v.length, max: opts.maxLength }));
        }
        if (opts.pattern && !opts.pattern.test(v)) {
          return fail(
            ctx,
            path,
            node,
            msg('scenario.schema.notValid', {
              value: v,
              hint: opts.patternHint ?? msg('scenario.schema.mustMatch', { pattern: opts.pattern.source }),
            }),
          );
        }
        return trimmed;
      }),
    () => ({
      type: opts.numbers ? ['string', 'number'] : 'string',
      ...(opts.description ? { description: opts.description } : {}),
      ...(minLength > 0 ? { minLength } : {}),
      ...(opts.maxLength !== undefined ? { maxLength: opts.maxLength } : {}),
      // Without an id pattern, the pattern refuses control and direction characters, and line breaks
      // inside one-line text (a trailing one, as YAML's > leaves, is allowed), as the walk does.
      pattern: opts.pattern?.source ?? (opts.multiline ? `^[^${SAFE_CLASS}]*$` : `^[^\\n${SAFE_CLASS}]*\\n*$`),
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
        // A key with one allowed value ("format: 2") says what it must be.
        if (values.length === 1 && typeof path?.key === 'string')
          return fail(ctx, path, node, msg('scenario.schema.mustBe', { key: path.key, shown }));
        const hint = typeof v === 'string' ? closest(v, values.map(String)) : undefined;
        return fail(ctx, path, node, msg('scenario.schema.oneOf', { shown }) + didYouMean(hint));
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
          : fail(ctx, path, node, msg('scenario.schema.expectedBoolean', { found: describe(node) })),
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
          msg('scenario.schema.expectedWhole', { min: opts.min, max: opts.max, found: describe(node) }),
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
        if (!isSeq(node)) return fail(ctx, path, node, msg('scenario.schema.expectedList', { found: describe(node) }));
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
