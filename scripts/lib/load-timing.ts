// Benchmark child: loads a generated scenario of the given size and prints how long the YAML
// parser took and how long everything after it took (schema walk, linking, graph checks).
// Bundled from src/ by scripts/bench.mjs, so it measures the same code the package ships.
import { readYaml } from '../../src/scenario/parse.js';
import { loadScenarioTree } from '../../src/scenario/load.js';
// @ts-expect-error: a plain .mjs helper without types
import { generateScenario } from './generate.mjs';

const size = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 1);
const load = (text: string) => {
  const t0 = performance.now();
  const read = readYaml(`generated-${size}.yaml`, text);
  const loaded = loadScenarioTree(read, { sharedDirs: [] });
  const total = performance.now() - t0;
  if (!loaded.scenario) throw new Error(`the generated scenario has problems: ${loaded.diagnostics[0]?.message}`);
  // A big file is parsed piece by piece during the walk: the clock adds up the parser's share.
  return { total, parse: read.clock.yamlMs, after: total - read.clock.yamlMs };
};

// Warm the code up on a small file first, as any second load in a long-lived process would be.
const small = (generateScenario as (n: number) => string)(200);
for (let i = 0; i < 5; i++) load(small);
const text = (generateScenario as (n: number) => string)(size);
const results = Array.from({ length: runs }, () => load(text));
process.stdout.write(`${JSON.stringify({ size, bytes: Buffer.byteLength(text), results })}\n`);
