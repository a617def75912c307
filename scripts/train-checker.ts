// Trains the checker's scorer (scripts/lib/checker-train.ts) on the training batches of
// data/checker/ (train-*.tsv) plus the project's own labelled lines, picks its thresholds on the
// development batch (dev-c.tsv), and writes scenarios/practice/scorer.json. Never reads a held-out
// batch. Deterministic: same data, same weights. The learning curve and cross-validation:
// `npm run bench:checker -- --curve`.
//   npm run train:checker
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chooseThresholds,
  devBatch,
  featured,
  ownLines,
  rates,
  report,
  ROOT,
  RULES_ALONE,
  scoreRows,
  train,
  trainingBatches,
} from './lib/checker-train.js';

const OUT = join(ROOT, 'scenarios/practice/scorer.json');
const batches = trainingBatches();
const model = train(featured([...batches.flatMap((b) => b.rows), ...ownLines()]));
const scored = scoreRows(devBatch(), model);
model.thresholds = chooseThresholds(scored);
console.log(`trained on ${batches.map((b) => `${b.file} (${b.rows.length})`).join(', ')} and the project's own lines`);
console.log(`rules alone on dev-c: ${report(rates(scored, RULES_ALONE))}`);
console.log(`thresholds ${JSON.stringify(model.thresholds)}; dev-c: ${report(rates(scored, model.thresholds))}`);
writeFileSync(OUT, `${JSON.stringify(model)}\n`);
console.log(`wrote ${OUT.replace(ROOT, '')}: ${readFileSync(OUT).length} bytes`);
