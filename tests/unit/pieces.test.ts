// Big files are parsed in pieces; the result and every message must be the same as a whole parse.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioText, type Loaded } from '../../src/scenario/load.js';
import { ScenarioSchema } from '../../src/scenario/format.js';
import { checkTree, readYaml } from '../../src/scenario/parse.js';
import { plan } from '../../src/scenario/pieces.js';
// @ts-expect-error: a plain .mjs helper without types
import { generateScenario } from '../../scripts/lib/generate.mjs';
import { fixture } from '../helpers/fixtures.js';

const WHOLE = { above: Infinity, size: 0 };
const FINEST = { above: 0, size: 1 };
// What a load gives, less the function that places later messages (a new closure each time).
const load = (name: string, text: string, splitting: typeof WHOLE): Omit<Loaded, 'locate'> => {
  const { locate: _, ...rest } = loadScenarioText(fixture(name), text, { sharedDirs: [BUILTIN_SHARED_DIR], splitting });
  return rest;
};
const fixtures = readdirSync(fixture('.')).filter((n) => n.endsWith('.yaml'));
const generated = (generateScenario as (n: number) => string)(40);

describe('parsing in pieces', () => {
  it.each(fixtures)('%s: same scenario and messages as a whole parse', (name) => {
    const text = readFileSync(fixture(name), 'utf8');
    expect(load(name, text, FINEST)).toEqual(load(name, text, WHOLE));
  });

  it('the generated scenario really is cut into many pieces', () => {
    const pieces = plan(generated, { above: 0, size: 1024 })?.pieces;
    expect(pieces?.length).toBeGreaterThanOrEqual(3);
    expect(pieces?.some((p) => p.kind === 'section' && p.pieces.length > 5)).toBe(true);
  });

  it.each([
    ['generated.yaml', generated],
    ['example.yaml', readFileSync(fixture('example.yaml'), 'utf8')],
  ])('%s, which parses cleanly, is walked in pieces without falling back to a whole parse', (name, text) => {
    const read = readYaml(name, text, 'scenario', FINEST);
    const lazy = read.tree;
    const checked = checkTree(read, ScenarioSchema);
    expect(checked.value).toBeDefined();
    expect(read.tree).toBe(lazy);
  });

  it.each<[string, (t: string) => string]>([
    ['as generated', (t) => t],
    ['a duplicate node far apart', (t) => t.replace('  q30:\n', '  q3:\n')],
    [
      'a tab deep inside',
      (t) => t.replace('    ask: How would you describe step 20', '\t ask: How would you describe step 20'),
    ],
    ['an unclosed quote', (t) => t.replace('label: It went calmly', 'label: "It went calmly')],
    ['a missing target', (t) => t.replace('next: q25', 'next: q2500')],
    ['a stray line at the wrong indentation', (t) => t.replace('  q12:\n', ' oops: 1\n  q12:\n')],
    ['a second document', (t) => t.replace('  q17:\n', '---\n  q17:\n')],
    [
      'an alias',
      (t) =>
        t
          .replace('ask: How would you describe step 8 ', 'ask: &a How would you describe step 8 ')
          .replace('ask: How would you describe step 9 of this conversation?', 'ask: *a'),
    ],
    ['CRLF line endings', (t) => t.replace(/\n/g, '\r\n')],
  ])('a generated scenario, %s: same as a whole parse', (_, edit) => {
    const text = edit(generated);
    const whole = load('generated.yaml', text, WHOLE);
    expect(load('generated.yaml', text, { above: 0, size: 512 })).toEqual(whole);
    expect(load('generated.yaml', text, FINEST)).toEqual(whole);
  });
});

describe('checks that stay linear however many problems there are', () => {
  it('only the first 50 problems get a "did you mean" (each compares a name with every id)', () => {
    const text = (generateScenario as (n: number) => string)(300).replace(/next: q(\d+)$/gm, 'next: x$1');
    const r = loadScenarioText(fixture('many.yaml'), text, { sharedDirs: [] });
    const missing = r.diagnostics.filter((d) => /goes to "x\d+", which does not exist/.test(d.message));
    expect(missing.length).toBeGreaterThan(200);
    expect(missing.filter((d) => /did you mean/.test(d.message)).length).toBeLessThanOrEqual(50);
  });

  it('a value listed twice in a long list is found (with a set, not a search per item)', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `p${i}`);
    const text = (generateScenario as (n: number) => string)(10).replace(
      '    add: [rest]',
      `    add: [rest, ${[...ids, 'p7'].join(', ')}]`,
    );
    const r = loadScenarioText(fixture('long.yaml'), text, { sharedDirs: [] });
    expect(r.diagnostics.map((d) => d.message)).toContainEqual('"p7" is listed twice');
  });
});
