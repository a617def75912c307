// The shipped scenario schema checked by a real validator (ajv, as editors' language servers use):
// every built-in file valid, and for each broken fixture the schema's first error names the same
// key as `talkcoach validate`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { ROOT } from '../helpers/cli.js';
import { fixture } from '../helpers/fixtures.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'scenarios/scenario.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: false, strict: false });
const check = ajv.compile(schema);

/** The key an ajv error is about: the unknown or missing key, else the last part of its place. */
function keyOf(e: ErrorObject): string {
  const p = e.params as { additionalProperty?: string; missingProperty?: string };
  return p.additionalProperty ?? p.missingProperty ?? e.instancePath.split('/').pop()!;
}

const yamlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))
    .map((n) => join(ROOT, dir, n));

describe('the scenario schema under ajv', () => {
  it('accepts every built-in scenario and module, and the example', () => {
    const files = [...yamlIn('scenarios'), ...yamlIn('scenarios/shared'), fixture('example.yaml')];
    const invalid = files.filter((f) => !check(parse(readFileSync(f, 'utf8'))));
    expect(files.length).toBeGreaterThanOrEqual(13);
    expect(invalid).toEqual([]);
  });

  // Fixtures whose problem the schema can see: the YAML reads, and the problem is in one file's shape.
  const SCHEMA_FIXTURES = [
    'broken-misspelt-key.yaml',
    'broken-wrong-type.yaml',
    'broken-bad-condition.yaml',
    'broken-format-2.yaml',
    'broken-section-name.yaml',
    'broken-multi-no-next.yaml',
    'broken-empty-equals.yaml',
  ];

  it.each(SCHEMA_FIXTURES)('%s: the first error names the key validate names', (name) => {
    const file = fixture(name);
    expect(check(parse(readFileSync(file, 'utf8')))).toBe(false);
    const first = check.errors![0]!;
    const d = loadScenarioFile(file, { sharedDirs: [BUILTIN_SHARED_DIR] }).diagnostics[0]!;
    // validate's place, read back from the file: the key on its line.
    const line = readFileSync(file, 'utf8').split('\n')[d.line - 1]!;
    expect(`${line}\n${d.message}`).toContain(keyOf(first));
  });

  it('chooses the node shape by kind: a misspelt key on a note is one error, not one per shape', () => {
    const text = readFileSync(fixture('broken-misspelt-key.yaml'), 'utf8');
    const all = new Ajv({ allErrors: true, strict: false }).compile(schema);
    all(parse(text));
    // Besides the two if/then wrappers, only the note's own shape speaks (before: one error per shape, 32).
    const own = all.errors!.filter((e) => e.keyword !== 'if');
    expect(own.map((e) => [e.instancePath, keyOf(e)])).toEqual([
      ['/nodes/crisis', 'next'],
      ['/nodes/crisis', 'nxet'],
    ]);
  });

  it('refuses control and direction characters, a two-line ask, and an empty equals', () => {
    type Doc = { nodes: Record<string, Record<string, unknown>>; points: Record<string, Record<string, unknown>> };
    const base = parse(readFileSync(fixture('minimal.yaml'), 'utf8')) as Doc;
    const bad = [
      (s: Doc) => (s.nodes.crisis!.title = 'Safe\u202Ety'),
      (s: Doc) => (s.nodes.safety!.ask = 'Two\nlines?'),
      (s: Doc) => (s.points.rest!.when = { equals: {} }),
    ];
    for (const spoil of bad) {
      const s = structuredClone(base);
      spoil(s);
      expect(check(s)).toBe(false);
    }
    expect(check(base)).toBe(true);
  });
});
