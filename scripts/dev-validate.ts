// Development aid until `talkcoach validate` exists: npx tsx scripts/dev-validate.ts FILE...
import { formatDiagnostic } from '../src/scenario/diagnostics.js';
import { loadScenarioFile } from '../src/scenario/load.js';

let bad = 0;
for (const f of process.argv.slice(2)) {
  const r = loadScenarioFile(f, { sharedDirs: ['scenarios/shared'] });
  for (const d of r.diagnostics) console.log(formatDiagnostic(d));
  if (!r.scenario) bad++;
  else console.log(`${f}: ok (${Object.keys(r.scenario.nodes).length} nodes, ${Object.keys(r.scenario.points ?? {}).length} points)`);
}
process.exitCode = bad ? 1 : 0;
