// Words of the main plan as printed (the default view: headline, crisis block, In short, the main
// sections, the note on More, the disclaimer), over every plan of every built-in scenario's exhaustive
// walk, and over a seeded random sample that ticks up to four worries (as a person would): median and
// maximum per scenario. The budget: median at most 900, max at most 1,300.
// Run: npx tsx scripts/plan-words.ts [--runs N] [--seed S]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { answer, start } from '../src/engine/session.js';
import { askedKind } from '../src/engine/kinds/index.js';
import { seeded } from '../src/engine/practice/session.js';
import type { Answer, Question, Step } from '../src/engine/types.js';
import { walk } from '../src/engine/walk.js';
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
const MAX_TICKED = 4;

const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};

function pick(q: Question, random: () => number): Answer {
  const kind = askedKind(q);
  const ids = q.options.map((o) => o.id);
  if (kind.form === 'any') {
    // Up to four ticks, each option at most once.
    const count = Math.floor(random() * (Math.min(MAX_TICKED, ids.length) + 1));
    const pool = [...ids];
    const chosen: string[] = [];
    while (chosen.length < count) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    return { choices: chosen };
  }
  if (kind.form === 'typed') return { text: random() < 0.5 ? '' : 'Sam' };
  const all = kind.answers(q.options);
  return all[Math.floor(random() * all.length)]!;
}

const files = readdirSync(BUILTIN_DIR)
  .filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))
  .sort();
const walked: number[] = [];
const sampled: number[] = [];
const cell = (xs: number[]) =>
  `${String(xs.length).padStart(6)}${String(median(xs)).padStart(7)}${String(Math.max(...xs)).padStart(6)}`;
console.log(
  `scenario      walk: plans median  max   random (${RUNS}, seed ${SEED}, <= ${MAX_TICKED} ticks): plans median  max`,
);
const random = seeded(SEED);
for (const f of files) {
  const { scenario } = loadScenarioFile(join(BUILTIN_DIR, f), { sharedDirs: [BUILTIN_SHARED_DIR] });
  if (!scenario) throw new Error(`${f} did not load`);
  const options = { crisis: crisisFor('US') };
  const w = walk(scenario, options).plans.map((p) => words(renderPlanText(p.plan)));
  const r: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let step: Step = start(scenario, options);
    for (let n = 0; !step.done && n < 200; n++) step = answer(scenario, step.state, pick(step.question, random));
    if (step.done) r.push(words(renderPlanText(step.plan)));
  }
  walked.push(...w);
  sampled.push(...r);
  console.log(`${scenario.id.padEnd(12)}${cell(w)}                                        ${cell(r)}`);
}
console.log(`${'all'.padEnd(12)}${cell(walked)}                                        ${cell(sampled)}`);
const both = [...walked, ...sampled];
const budget = '(budget: median <= 900, max <= 1300)';
console.log(`together: ${both.length} plans, median ${median(both)}, max ${Math.max(...both)} ${budget}`);
