// The walk safety checks (src/authoring/safety-checks.ts) over every plan of every built-in
// scenario's exhaustive walk, and over seeded random play-throughs, for each region with its own
// lines and for an unknown region, in the language asked for (the plans made with its words: its
// translations, its crisis words, its "In short" cap).
// Run: npx tsx scripts/walk-safety.ts [--lang es] [--random 200]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spoken } from '../src/commands/scenario-words.js';
import { useLanguage } from '../src/messages/index.js';
import { crisisFor } from '../src/safety/crisis.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../src/scenario/catalogue.js';
import { loadScenarioFile } from '../src/scenario/load.js';
import { walkCheck } from '../src/authoring/walk-check.js';
import { randomPlayer } from '../src/authoring/random-play.js';
import { stanceCounts, summaryCap, type SafetyCounts } from '../src/authoring/safety-checks.js';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const lang = option('--lang', 'en');
const runs = Number(option('--random', '200'));
await useLanguage(lang);

const REGIONS = [null, 'US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'FR'];
const files = readdirSync(BUILTIN_DIR).filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'));
const line = (c: SafetyCounts) =>
  `by stance: ${stanceCounts(c)}; forbidden points ${c.forbidden}; ` +
  `risk ${c.risk} (crisis lines first: ${c.riskCrisisFirst}); ` +
  `substances ${c.substances} (withdrawal warning: ${c.substancesWithWarning}); ` +
  `summary max ${c.summaryMaxWords} words (over ${summaryCap()}: ${c.summaryOver}); ` +
  `main plan max ${c.mainMaxPoints} points (over 12: ${c.mainOver})`;
let failing = false;
const total = { plans: 0, problems: 0, plays: 0, bad: 0 };
for (const region of REGIONS) {
  for (const f of files.sort()) {
    const file = join(BUILTIN_DIR, f);
    const loaded = loadScenarioFile(file, { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario;
    if (!loaded) throw new Error(`${f} did not load`);
    const scenario = await spoken(loaded, file);
    const options = { crisis: crisisFor(region) };
    const r = walkCheck(scenario, options);
    const player = randomPlayer(scenario, options, 1);
    for (let i = 0; i < runs; i++) player.play();
    const random = player.report();
    total.plans += r.safety.plans;
    total.problems += r.problems.length;
    total.plays += random.runs;
    total.bad += random.badCount;
    if (r.problems.length > 0 || random.badCount > 0) failing = true;
    const where = `${(region ?? '--').padEnd(3)} ${scenario.id.padEnd(10)}`;
    console.log(`${where} walk: plans ${r.safety.plans}; ${line(r.safety)}; problems ${r.problems.length}`);
    console.log(`${where} random: plays ${random.runs}; ${line(random.safety)}; bad ${random.badCount}`);
    for (const b of random.bad) console.log(`  bad run ${b.run}: ${b.fault}: ${JSON.stringify(b.lines.join('\n'))}`);
  }
}
console.log(
  `${lang}: ${total.plans} plans walked (${total.problems} problems), ` +
    `${total.plays} random plays (${total.bad} bad), ${REGIONS.length} regions, ${files.length} scenarios`,
);
process.exitCode = failing ? 1 : 0;
