// The walk safety checks (src/authoring/safety-checks.ts) over every plan of every built-in
// scenario's exhaustive walk, for each region with its own lines and for an unknown region.
// Run: npx tsx scripts/walk-safety.ts
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crisisFor } from '../src/safety/crisis.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../src/scenario/catalogue.js';
import { loadScenarioFile } from '../src/scenario/load.js';
import { walkCheck } from '../src/authoring/walk-check.js';
import { stanceCounts } from '../src/authoring/safety-checks.js';

const REGIONS = [null, 'US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'FR'];
const files = readdirSync(BUILTIN_DIR).filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'));
let failing = false;
for (const region of REGIONS) {
  for (const f of files.sort()) {
    const { scenario } = loadScenarioFile(join(BUILTIN_DIR, f), { sharedDirs: [BUILTIN_SHARED_DIR] });
    if (!scenario) throw new Error(`${f} did not load`);
    const r = walkCheck(scenario, { crisis: crisisFor(region) });
    const c = r.safety;
    if (r.problems.length > 0) failing = true;
    console.log(
      `${(region ?? '--').padEnd(3)} ${scenario.id.padEnd(10)} plans ${c.plans}; ` +
        `by stance: ${stanceCounts(c)}; forbidden points ${c.forbidden}; ` +
        `risk ${c.risk} (crisis lines first: ${c.riskCrisisFirst}); ` +
        `substances ${c.substances} (withdrawal warning: ${c.substancesWithWarning}); ` +
        `summary max ${c.summaryMaxWords} words (over 100: ${c.summaryOver}); ` +
        `main plan max ${c.mainMaxPoints} points (over 12: ${c.mainOver}); problems ${r.problems.length}`,
    );
  }
}
process.exitCode = failing ? 1 : 0;
