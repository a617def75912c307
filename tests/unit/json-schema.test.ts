// The shipped JSON Schemas: current, complete enough for editors, and (where a real validator is
// installed) agreeing with talkcoach's own checks.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/engine/model.js';
import { ScenarioSchema } from '../../src/scenario/format.js';
import { jsonSchema } from '../../src/scenario/json-schema.js';
import { SCHEMA_FILES } from '../../src/authoring/schema-files.js';
import { testJsonSchema } from '../../src/authoring/format.js';
import { ROOT } from '../helpers/cli.js';
import { fixture } from '../helpers/fixtures.js';

type Json = { [key: string]: unknown };

/** Every sub-schema with its JSON pointer. */
function* walkSchema(node: unknown, path = '#'): Generator<[string, Json]> {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) yield* walkSchema(x, `${path}/${i}`);
    return;
  }
  const o = node as Json;
  yield [path, o];
  for (const [k, v] of Object.entries(o))
    if (k !== 'enum' && k !== 'required' && k !== 'const') yield* walkSchema(v, `${path}/${k}`);
}

describe.each([
  ['scenario.schema.json', jsonSchema()],
  ['test.schema.json', testJsonSchema()],
])('%s', (name, schema) => {
  it('is the file shipped in scenarios/ (run npm run schema when this fails)', () => {
    const file = SCHEMA_FILES.find((f) => f.path === `scenarios/${name}`)!;
    expect(readFileSync(join(ROOT, file.path), 'utf8')).toBe(file.schema());
    expect(JSON.parse(file.schema())).toEqual(schema);
  });

  it('is draft-07, which editors implement', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('describes every property, for hover help in editors', () => {
    const bare: string[] = [];
    // An `if` only tests which shape applies: editors show the `then`'s descriptions.
    for (const [path, o] of walkSchema(schema)) {
      if (path.endsWith('/if')) continue;
      for (const [key, sub] of Object.entries((o.properties ?? {}) as Record<string, Json>)) {
        if (!sub.description && !sub.$ref) bare.push(`${path}/properties/${key}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('resolves every $ref inside $defs', () => {
    const defs = Object.keys(schema.$defs as Json);
    const refs = [...walkSchema(schema)].map(([, o]) => o.$ref).filter((r): r is string => typeof r === 'string');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(defs).toContain(ref.replace('#/$defs/', ''));
  });

  it('refuses keys it does not know, as the validator does', () => {
    const open = [...walkSchema(schema)]
      // An `if` only tests the kind; a shape chosen by kind (allOf of if/then) is closed in each `then`.
      .filter(([p, o]) => !p.endsWith('/if') && !o.allOf)
      .filter(([, o]) => o.type === 'object' && o.properties && o.additionalProperties !== false)
      .map(([p]) => p);
    expect(open).toEqual([]);
  });
});

describe('the scenario schema', () => {
  const schema = jsonSchema() as Json & { $defs: Record<string, Json>; then: Json; else: Json };

  it('tells a shared module (module:) from a scenario', () => {
    expect(schema.if).toEqual({ type: 'object', required: ['module'] });
    expect(schema.then.required).toEqual(['format', 'module']);
    expect(schema.else.required).toEqual(ScenarioSchema.json().required);
    expect(Object.keys(schema.else.properties as Json)).toEqual([
      'format',
      'id',
      'title',
      'summary',
      'for',
      'order',
      'uses',
      'start',
      'crisis-help',
      'sections',
      'safety',
      'about',
      'titles',
      'kind',
      'revisit',
      'nodes',
      'points',
    ]);
  });

  it('nests conditions through $defs/condition', () => {
    const c = schema.$defs.condition as { oneOf: { properties: Record<string, Json> }[] };
    const byKey = Object.fromEntries(c.oneOf.map((o) => [Object.keys(o.properties)[0], o.properties]));
    expect(Object.keys(byKey)).toEqual(['equals', 'includes', 'all', 'any', 'not']);
    expect(byKey.all!.all).toMatchObject({ type: 'array', items: { $ref: '#/$defs/condition' } });
    expect(byKey.not!.not).toEqual({ $ref: '#/$defs/condition' });
  });

  it('tells node kinds apart by kind, and lists the sections', () => {
    type Shape = { if: { properties: { kind: { const: string } } }; then: { properties: { kind: { const: string } } } };
    const node = schema.$defs.node as { allOf: Shape[]; properties: { kind: { enum: string[] } } };
    const kinds = ['choice', 'multi', 'yesno', 'text', 'note', 'end'];
    expect(node.properties.kind.enum).toEqual(kinds);
    expect(node.allOf.map((v) => v.if.properties.kind.const)).toEqual(kinds);
    expect(node.allOf.map((v) => v.then.properties.kind.const)).toEqual(kinds);
    expect((schema.$defs.point as { properties: { section: { enum: string[] } } }).properties.section.enum).toEqual([
      ...SECTIONS,
    ]);
  });
});

// A real validator, when one is installed (Python's jsonschema); the structural tests above run everywhere.
const python = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' });
const hasValidator = python.status === 0;

function validate(schemaFile: string, files: string[]): Record<string, string> {
  const docs = Object.fromEntries(files.map((f) => [f, parse(readFileSync(f, 'utf8'), { version: '1.2' })]));
  const script = [
    'import json, sys, jsonschema',
    'schema = json.load(open(sys.argv[1]))',
    'jsonschema.Draft7Validator.check_schema(schema)',
    'v = jsonschema.Draft7Validator(schema)',
    'docs = json.load(sys.stdin)',
    'print(json.dumps({f: ("valid" if v.is_valid(d) else "invalid") for f, d in docs.items()}))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, join(ROOT, schemaFile)], {
    input: JSON.stringify(docs),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, string>;
}

describe.skipIf(!hasValidator)('checked by a real JSON Schema validator (Python jsonschema)', () => {
  const builtIn = (dir: string, test: boolean) =>
    readdirSync(join(ROOT, dir))
      .filter((n) => n.endsWith('.yaml') && n.endsWith('.test.yaml') === test)
      .map((n) => join(ROOT, dir, n));

  it('accepts every built-in scenario and shared module, and the example', () => {
    const files = [
      ...builtIn('scenarios', false),
      ...builtIn('scenarios/shared', false),
      fixture('example.yaml'),
      fixture('shared/basics.yaml'),
    ];
    expect(files.length).toBeGreaterThan(8);
    expect(Object.values(validate('scenarios/scenario.schema.json', files))).toEqual(files.map(() => 'valid'));
  });

  it('refuses what the schema part of the validator refuses', () => {
    const files = ['broken-misspelt-key.yaml', 'broken-wrong-type.yaml', 'broken-bad-condition.yaml'].map(fixture);
    expect(Object.values(validate('scenarios/scenario.schema.json', files))).toEqual(['invalid', 'invalid', 'invalid']);
  });

  it('accepts every built-in test file', () => {
    const files = [...builtIn('scenarios', true), fixture('example.test.yaml')];
    expect(Object.values(validate('scenarios/test.schema.json', files))).toEqual(files.map(() => 'valid'));
  });
});
