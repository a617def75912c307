// Words of the default plan, as rendered text (the main plan as printed, with "In short", the crisis
// block and the disclaimer), over every plan of every built-in scenario's exhaustive walk (the plans
// `talkcoach test --walk` checks) and a seeded random sample in which a pick-any question gets at
// most four ticks: median and maximum per scenario. The budget: median at most 900 words,
// maximum at most 1,300, over both.
// Run: npx tsx scripts/plan-words.ts [--runs N] [--seed S]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../src/engine/walk.js';
import { answer, start } from '../src/engine/index.js';
import { askedKind } from '../src/engine/kinds/index.js';
import { seeded } from '../src/engine/practice/session.js';
import type { Scenario } from '../src/engine/model.js';
import type { Answer, Plan, Question, Step } from '../src/engine/types.js';
import { renderPlanText } from '../src/render/text.js';
import { crisisFor } from '../src/safety/crisis.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../src/scenario/catalogue.js';
import { loadScenarioFile } from '../src/scenario/load.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('--runs', 300);
const SEED = arg('--seed', 1);
/** Ticks at most on a pick-any question, as a person choosing what fits would. */
const MAX_TICKS = 4;

const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};

function pick(q: Question, random: () => number): Answer {
  const ids = q.options.map((o) => o.id);
  const kind = askedKind(q);
  if (kind.form === 'any') {
    const pool = [...ids];
    const n = Math.floor(random() * (Math.min(MAX_TICKS, pool.length) + 1));
    const chosen: string[] = [];
    while (chosen.length < n) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    return { choices: ids.filter((id) => chosen.includes(id)) };
  }
  if (kind.form === 'typed') return { text: random() < 0.5 ? '' : 'Sam' };
  const all = kind.answers(q.options);
  return all[Math.floor(random() * all.length)]!;
}

function sample(scenario: Scenario, runs: number, seed: number): Plan[] {
  const random = seeded(seed);
  const plans: Plan[] = [];
  for (let run = 0; run < runs; run++) {
    let step: Step = start(scenario, { crisis: crisisFor(null) });
    for (let n = 0; !step.done && n < 500; n++) step = answer(scenario, step.state, pick(step.question, random));
    if (step.done) plans.push(step.plan);
  }
  return plans;
}

const files = readdirSync(BUILTIN_DIR)
  .filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))
  .sort();
const all: number[] = [];
const row = (name: string, walked: number[], sampled: number[]) => {
  const both = [...walked, ...sampled];
  console.log(
    [
      name.padEnd(12),
      String(walked.length).padStart(6),
      String(median(walked)).padStart(7),
      String(Math.max(...walked)).padStart(6),
      String(sampled.length).padStart(8),
      String(median(sampled)).padStart(7),
      String(Math.max(...sampled)).padStart(6),
      String(median(both)).padStart(8),
      String(Math.max(...both)).padStart(6),
    ].join(''),
  );
};
console.log(`random sample: ${RUNS} runs a scenario, seed ${SEED}, at most ${MAX_TICKS} ticks a question`);
console.log('scenario    walk: plans median   max  random: plans median   max  both: median   max');
const allWalk: number[] = [];
const allRandom: number[] = [];
for (const f of files) {
  const { scenario } = loadScenarioFile(join(BUILTIN_DIR, f), { sharedDirs: [BUILTIN_SHARED_DIR] });
  if (!scenario) throw new Error(`${f} did not load`);
  const count = (p: Plan) => words(renderPlanText(p));
  const walked = walk(scenario, { crisis: crisisFor(null) }).plans.map((p) => count(p.plan));
  const sampled = sample(scenario, RUNS, SEED).map(count);
  allWalk.push(...walked);
  allRandom.push(...sampled);
  all.push(...walked, ...sampled);
  row(scenario.id, walked, sampled);
}
row('all', allWalk, allRandom);
