import { checkReply } from '../src/engine/practice/checker.js';
import { loadPractice } from '../src/scenario/practice-load.js';
const p = loadPractice('/work/wt-checker/scenarios/practice');
for (const d of p.diagnostics) console.log(d.severity, d.message);
if (p.rules)
  for (const t of process.argv.slice(2)) {
    const r = checkReply(t, p.rules);
    console.log(r.verdict, r.signals.join(','), r.negated.join(','), '|', t);
  }
