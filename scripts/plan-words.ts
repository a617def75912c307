// Words of the default plan, as rendered text, over every plan of every built-in scenario's
// exhaustive walk (the plans `talkcoach test --walk` checks): median and maximum per scenario.
// Run: npx tsx scripts/plan-words.ts
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../src/engine/walk.js';
import { renderPlanText } from '../src/render/text.js';
import { crisisFor } from '../src/safety/crisis.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../src/scenario/catalogue.js';
import { loadScenarioFile } from '../src/scenario/load.js';

const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};

const files = readdirSync(BUILTIN_DIR)
  .filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))
  .sort();
const all: number[] = [];
const row = (name: string, xs: number[]) =>
  console.log(
    [
      name.padEnd(12),
      String(xs.length).padStart(5),
      String(median(xs)).padStart(7),
      String(Math.max(...xs)).padStart(5),
    ].join(''),
  );
console.log('scenario     plans  median   max');
for (const f of files) {
  const { scenario } = loadScenarioFile(join(BUILTIN_DIR, f), { sharedDirs: [BUILTIN_SHARED_DIR] });
  if (!scenario) throw new Error(`${f} did not load`);
  const counts = walk(scenario, { crisis: crisisFor(null) }).plans.map((p) => words(renderPlanText(p.plan)));
  all.push(...counts);
  row(scenario.id, counts);
}
row('all', all);
