// Benchmark child (scripts/bench.mjs bundles it from src/, so it measures the code the package
// ships): loads a generated scenario of the given size once, after warming up on a small one, and
// prints how long the YAML parser took (readYaml) and how long everything after it took (schema
// walk, linking, graph checks), by calling the loader's two steps itself: no clock in product code.
import { loadScenarioTree } from '../../src/scenario/load.js';
import { readYaml } from '../../src/scenario/parse.js';
// @ts-expect-error: a plain .mjs helper without types
import { generateScenario } from './generate.mjs';

const generate = generateScenario as (n: number) => string;
const size = Number(process.argv[2]);

function load(text: string, count: number) {
  const t0 = performance.now();
  // The file is named for its id, as talkcoach expects.
  const read = readYaml(`generated-${count}.yaml`, text);
  const t1 = performance.now();
  const loaded = loadScenarioTree(read, { sharedDirs: [] });
  const t2 = performance.now();
  if (!loaded.scenario || loaded.diagnostics.length > 0)
    throw new Error(`the generated scenario has problems: ${loaded.diagnostics[0]?.message}`);
  return { total: t2 - t0, parse: t1 - t0, after: t2 - t1 };
}

const small = generate(200);
for (let i = 0; i < 5; i++) load(small, 200);
const text = generate(size);
process.stdout.write(`${JSON.stringify({ size, bytes: Buffer.byteLength(text), result: load(text, size) })}\n`);
