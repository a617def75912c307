// scenarios/README.md, the authoring guide: every YAML example in it is valid, its example test
// file passes against its example scenario, and every field of the format is documented.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crisisFor, normaliseRegion } from '../../src/safety/crisis.js';
import { BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import {
  ConditionSchema,
  ID,
  ID_HINT,
  ModuleSchema,
  NodeSchema,
  PointSchema,
  ScenarioSchema,
  SafetySchema,
  SectionTitlesSchema,
} from '../../src/scenario/format.js';
import { checkinKeys } from '../../src/scenario/format-plan.js';
import { DEFINITIONS } from '../../src/scenario/json-schema.js';
import { loadModuleText, loadScenarioText } from '../../src/scenario/load.js';
import { parseYaml } from '../../src/scenario/parse.js';
import { object, record } from '../../src/scenario/schema-kit/mappings.js';
import { optional, type JsonSchema } from '../../src/scenario/schema-kit/core.js';
import { CaseSchema, ExpectSchema, TestFileSchema } from '../../src/authoring/format.js';
import { loadTestFile } from '../../src/authoring/load.js';
import { runCase } from '../../src/authoring/run.js';
import { ROOT } from '../helpers/cli.js';

const GUIDE = join(ROOT, 'scenarios/README.md');
const text = readFileSync(GUIDE, 'utf8');

interface Block {
  line: number;
  yaml: string;
  kind: 'fragment' | 'module' | 'test' | 'scenario';
}

const blocks: Block[] = [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => {
  const yaml = m[1]!;
  const line = text.slice(0, m.index).split('\n').length + 1;
  const kind = /^# fragment\b/m.test(yaml)
    ? 'fragment'
    : /^module:/m.test(yaml)
      ? 'module'
      : /^cases:/m.test(yaml)
        ? 'test'
        : 'scenario';
  return { line, yaml, kind };
});

/** Fragments show a part of a file: these keys, each checked with the schema the whole file uses. */
const FragmentSchema = object({
  nodes: optional(record(NodeSchema, { key: ID, keyHint: ID_HINT })),
  points: optional(record(PointSchema, { key: ID, keyHint: ID_HINT })),
  sections: optional(SectionTitlesSchema),
  safety: optional(SafetySchema),
  ...checkinKeys(ConditionSchema),
  when: optional(ConditionSchema),
});

const dir = mkdtempSync(join(tmpdir(), 'talkcoach-guide-'));
mkdirSync(join(dir, 'shared'));
const options = { sharedDirs: [BUILTIN_SHARED_DIR] };
const messages = (ds: { line: number; col: number; message: string }[]) =>
  ds.map((d) => `${d.line}:${d.col} ${d.message}`);

it('has examples of every kind', () => {
  const count = (k: Block['kind']) => blocks.filter((b) => b.kind === k).length;
  expect(count('scenario')).toBeGreaterThanOrEqual(1);
  expect(count('test')).toBeGreaterThanOrEqual(1);
  expect(count('module')).toBeGreaterThanOrEqual(1);
  expect(count('fragment')).toBeGreaterThanOrEqual(3);
});

describe.each(blocks)('the example at scenarios/README.md:$line ($kind)', (b) => {
  it('is valid, with no warnings', () => {
    if (b.kind === 'fragment') {
      expect(messages(parseYaml('fragment.yaml', b.yaml, FragmentSchema).diagnostics)).toEqual([]);
    } else if (b.kind === 'module') {
      const name = /^module: (\S+)/m.exec(b.yaml)![1]!;
      expect(messages(parseYaml('m.yaml', b.yaml, ModuleSchema).diagnostics)).toEqual([]);
      expect(messages(loadModuleText(join(dir, 'shared', `${name}.yaml`), b.yaml))).toEqual([]);
    } else if (b.kind === 'scenario') {
      const id = /^id: (\S+)/m.exec(b.yaml)![1]!;
      const file = join(dir, `${id}.yaml`);
      writeFileSync(file, b.yaml);
      expect(messages(loadScenarioText(file, b.yaml, options).diagnostics)).toEqual([]);
    } else {
      expect(messages(parseYaml('t.test.yaml', b.yaml, TestFileSchema).diagnostics)).toEqual([]);
    }
  });
});

it('its example test file passes against its example scenario', () => {
  const scenario = blocks.find((b) => b.kind === 'scenario')!;
  const test = blocks.find((b) => b.kind === 'test')!;
  const id = /^id: (\S+)/m.exec(scenario.yaml)![1]!;
  writeFileSync(join(dir, `${id}.yaml`), scenario.yaml);
  writeFileSync(join(dir, `${id}.test.yaml`), test.yaml);
  const loaded = loadTestFile(join(dir, `${id}.test.yaml`), { ...options, userDirs: [] });
  expect(messages(loaded.diagnostics)).toEqual([]);
  const fileRegion = normaliseRegion(loaded.test!.region);
  for (const [i, c] of loaded.test!.cases.entries()) {
    const r = runCase(loaded.scenario!, c, i, { crisis: crisisFor(c.region ? normaliseRegion(c.region) : fileRegion) });
    expect(r.failures, c.name).toEqual([]);
  }
});

/** Every key the format accepts, from the schemas themselves. */
function keysOf(schema: JsonSchema, into = new Set<string>()): Set<string> {
  for (const k of Object.keys((schema.properties ?? {}) as object)) into.add(k);
  for (const v of (schema.oneOf ?? []) as JsonSchema[]) keysOf(v, into);
  return into;
}

it('documents every key of the format', () => {
  const keys = new Set<string>();
  for (const s of [
    ScenarioSchema.json(),
    ModuleSchema.json(),
    TestFileSchema.json(),
    ...DEFINITIONS.map((d) => d.definition()),
    CaseSchema.definition(),
    ExpectSchema.definition(),
  ])
    keysOf(s, keys);
  // Written as `key`, or opening an example such as `equals: { fact: value }`.
  const missing = [...keys].filter((k) => !new RegExp(`\`${k}[\`:]`).test(text));
  expect(keys.size).toBeGreaterThan(40);
  expect(missing).toEqual([]);
});
