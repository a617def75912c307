// The typed-reply checker measured on replies nobody tuned on (data/checker/held-out-i.tsv by default):
// hurting replies caught, helping replies called hurting, helping replies called helping, each with a
// 95% Wilson interval, overall and per family; how many verdicts the trained scorer gave alone; and
// the cost of loading the checker in a fresh process, as a ratio of `node -e 0`. A benchmark, not a
// test: it prints, and exits 1 only when the load cost is over its budget (+0.1x).
//   npm run bench:checker [-- --file data/checker/dev-c.tsv] [-- --runs 31] [-- --no-load]
//   npm run bench:checker -- --curve [--full]   (the learning curve and cross-validated figures by
//                                               family; --full: at full size only)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReply } from '../src/engine/practice/checker.js';
import { bundleFile } from './lib/bundle-file.mjs';
import type { ScorerModel } from '../src/engine/practice/model.js';
import { prepareNormaliser } from '../src/engine/practice/normalise.js';
import { indexPatterns } from '../src/engine/practice/pattern-index.js';
import { loadPractice } from '../src/scenario/practice-load.js';
import { readLabelled, wilson, type Labelled } from './lib/labelled.js';
import {
  chooseThresholds,
  devBatch,
  featured,
  ownLines,
  rates,
  report,
  RULES_ALONE,
  scoreRows,
  train,
  trainingBatches,
  type Rates,
  type Scored,
} from './lib/checker-train.js';
import { measures, median } from './lib/measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const FILE = arg('--file', join(ROOT, 'data/checker/held-out-i.tsv'));
const RUNS = Math.max(10, Number(arg('--runs', '31')));
const LOAD_BUDGET = 0.1;

if (process.argv.includes('--curve')) {
  curve();
  process.exit(0);
}

const practice = loadPractice();
if (!practice.rules) throw new Error('bench:checker: the practice files have errors (run `talkcoach validate`)');
const rules = practice.rules;
const rows = readLabelled(FILE);

interface Tally {
  hurts: number;
  caught: number;
  helps: number;
  helpsHurts: number;
  helpsHelps: number;
}
const tallies = new Map<string, Tally>();
const tally = (key: string) => {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { hurts: 0, caught: 0, helps: 0, helpsHurts: 0, helpsHelps: 0 }));
  return t;
};
const neutral: Record<string, number> = {};
let scorerAlone = 0;
let scorerAloneRight = 0;
for (const r of rows) {
  const got = checkReply(r.reply, rules);
  if (got.by === 'scorer') {
    scorerAlone++;
    if (got.verdict === r.label) scorerAloneRight++;
  }
  if (r.label === 'neutral') {
    neutral[got.verdict] = (neutral[got.verdict] ?? 0) + 1;
    continue;
  }
  for (const t of [tally('all'), tally(`${r.label}/${r.family}`)]) {
    if (r.label === 'hurts') {
      t.hurts++;
      if (got.verdict === 'hurts') t.caught++;
    } else {
      t.helps++;
      if (got.verdict === 'hurts') t.helpsHurts++;
      if (got.verdict === 'helps') t.helpsHelps++;
    }
  }
}

const pct = (k: number, n: number) => {
  if (n === 0) return '-'.padStart(22);
  const [lo, hi] = wilson(k, n);
  const share = `${((100 * k) / n).toFixed(0).padStart(3)}%`;
  const interval = `[${(100 * lo).toFixed(0).padStart(3)}-${(100 * hi).toFixed(0).padStart(3)}]`;
  return `${share} ${interval} ${String(k).padStart(3)}/${String(n).padEnd(3)}`;
};
const out: string[] = [];
out.push(`checker on ${FILE.replace(ROOT, '')}: ${rows.length} replies`);
out.push(`${'family'.padEnd(28)}${'hurts caught'.padEnd(26)}${'helps called hurts'.padEnd(26)}helps called helps`);
const keys = ['all', ...[...tallies.keys()].filter((k) => k !== 'all').sort()];
for (const k of keys) {
  const t = tallies.get(k)!;
  out.push(
    `${k.padEnd(28)}${t.hurts ? pct(t.caught, t.hurts).padEnd(26) : ''.padEnd(26)}` +
      (t.helps ? `${pct(t.helpsHurts, t.helps).padEnd(26)}${pct(t.helpsHelps, t.helps)}` : ''),
  );
}
out.push(
  `neutral replies: ${Object.entries(neutral)
    .map(([v, n]) => `${v} ${n}`)
    .join(', ')}`,
);
out.push(`verdicts given by the trained scorer alone (general feedback): ${scorerAlone}, ${scorerAloneRight} right`);
console.log(out.join('\n'));

if (!process.argv.includes('--no-load')) {
  // The checker as a command would load it: the engine bundled, the rules as compiled JSON, the
  // scorer's weights read and parsed, one reply checked.
  const work = mkdtempSync(join(tmpdir(), 'talkcoach-bench-checker-'));
  try {
    // With the pattern index, as the build compiles the practice files.
    const index = indexPatterns(rules, prepareNormaliser(rules));
    writeFileSync(join(work, 'rules.json'), JSON.stringify({ ...rules, scorer: undefined, index }));
    const scorerFile = join(ROOT, 'scenarios/practice/scorer.json');
    const entry = join(work, 'entry.ts');
    writeFileSync(
      entry,
      [
        // fs as the coach takes it (src/io/fs.ts): importing node:fs as a module loads Node's streams.
        `import { fs } from ${JSON.stringify(join(ROOT, 'src/io/fs.js'))};`,
        `const { readFileSync, existsSync } = fs;`,
        `import { checkReply } from ${JSON.stringify(join(ROOT, 'src/engine/practice/checker.js'))};`,
        `const rules = JSON.parse(readFileSync(${JSON.stringify(join(work, 'rules.json'))}, 'utf8'));`,
        `const f = ${JSON.stringify(scorerFile)};`,
        `if (existsSync(f)) rules.scorer = JSON.parse(readFileSync(f, 'utf8'));`,
        // Loaded only (`--loaded-only`): what the first reply costs on top is shown apart.
        `if (process.argv.includes('--loaded-only')) { if (!rules.signals) process.exit(2); }`,
        `else if (!checkReply('so when exactly were you planning to deal with it?', rules).verdict) process.exit(2);`,
      ].join('\n'),
    );
    await bundleFile(entry, join(work, 'checker.mjs'));
    // An empty ES module beside it: starting any file costs more than `node -e 0` (the module loader
    // and reading the file; +0.04x to +0.14x measured on a busy machine), which is no cost of the
    // checker. Three commands alternate; the checker's own cost is its run less the empty file's.
    writeFileSync(join(work, 'empty.mjs'), '\n');
    const env = { ...process.env };
    const { time } = measures(env, RUNS);
    const base: number[] = [];
    const empty: number[] = [];
    const subject: number[] = [];
    const loaded: number[] = [];
    const runs = [
      () => time(process.execPath, ['-e', '0']).ms,
      () => time(process.execPath, [join(work, 'empty.mjs')]).ms,
      () => {
        const run = time(process.execPath, [join(work, 'checker.mjs')]);
        if (run.r.status !== 0) throw new Error(`bench:checker: the load run failed: ${run.r.stderr}`);
        return run.ms;
      },
      () => time(process.execPath, [join(work, 'checker.mjs'), '--loaded-only']).ms,
    ];
    for (let i = 0; i < 3; i++) runs.forEach((run) => run());
    for (let i = 0; i < RUNS; i++) [base, empty, subject, loaded].forEach((xs, k) => xs.push(runs[k]!()));
    const [b, e, c] = [median(base), median(empty), median(subject)];
    // Paired: each run of the checker less the empty module's run beside it, so that a busy minute
    // (other sessions building) weighs on both alike; the median of those differences.
    const diffs = subject.map((x, i) => x - empty[i]!).sort((x, y) => x - y);
    const own = median(diffs) / b;
    const q = (f: number) => (diffs[Math.floor(f * (diffs.length - 1))]! / b).toFixed(3);
    console.log(
      `load: node -e 0 ${b.toFixed(1)} ms; an empty module ${e.toFixed(1)} ms (+${(e / b - 1).toFixed(3)}x); ` +
        `the checker loaded and one reply checked ${c.toFixed(1)} ms (+${(c / b - 1).toFixed(3)}x of node -e 0)`,
    );
    console.log(
      `load: the checker's own cost (each run less the empty module's beside it, median) +${own.toFixed(3)}x ` +
        `of node -e 0, quartiles ${q(0.25)} to ${q(0.75)} (budget +${LOAD_BUDGET}x, ${RUNS} alternating runs each)`,
    );
    const loadedOnly = median(loaded.map((x, i) => x - empty[i]!).sort((x, y) => x - y)) / b;
    console.log(
      `load: of that, the checker loaded with its rules and scorer read, no reply checked: ` +
        `+${loadedOnly.toFixed(3)}x; ` +
        `the first reply (its one-time preparation, compiling and garbage collection) the rest`,
    );
    if (own > LOAD_BUDGET) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A row scored by a model, with that model's thresholds (cross-validation uses several models). */
type Judged = Scored & { t: ScorerModel['thresholds'] };

/** Rates over rows judged by different models, each with its own thresholds. */
function sumRates(rows: readonly Judged[]): Rates {
  const out = rates([], RULES_ALONE);
  for (const s of rows) {
    const r = rates([s], s.t);
    for (const k of Object.keys(out) as (keyof Rates)[]) out[k] += r[k];
  }
  return out;
}

/**
 * The learning curve: the scorer trained on 12.5%, 25%, 50% and all of the blind training rows
 * (the batches interleaved, so each size draws on every writer; the project's own lines always in),
 * with thresholds chosen as train:checker chooses them (helps called hurts held at 3% on dev-c and on
 * the training rows scored out of fold), measured two ways: on dev-c (where the thresholds are
 * chosen, so a little flattering), and by cross-validation: each training batch scored by a scorer
 * trained on the same share of the others, its thresholds held on dev-c and on the other batches'
 * out-of-fold scores, never its own. Then the cross-validated figures at full size, per family.
 * The rules were written reading all the training batches: the curve shows what more rows buy the
 * scorer, beside rules that already saw them.
 */
function curve() {
  const batches = trainingBatches();
  const own = ownLines();
  const dev = devBatch();
  const interleave = (bs: readonly { rows: Labelled[] }[]) => {
    const pool: Labelled[] = [];
    for (let i = 0; i < Math.max(...bs.map((b) => b.rows.length)); i++)
      for (const b of bs) if (b.rows[i]) pool.push(b.rows[i]!);
    return pool;
  };
  const fit = (rows: Labelled[]) => train(featured([...rows, ...own]));
  const pool = interleave(batches);
  console.log(
    `learning curve: ${batches.map((b) => `${b.file} ${b.rows.length}`).join(', ')}; own lines ${own.length}`,
  );
  let full: Judged[] = [];
  const shares = process.argv.includes('--full') ? [1] : [0.125, 0.25, 0.5, 1];
  for (const share of shares) {
    const n = Math.round(pool.length * share);
    const m = fit(pool.slice(0, n));
    const folds = batches.map((b, i) => {
      const others = interleave(batches.filter((_, j) => j !== i));
      const model = fit(others.slice(0, Math.round(others.length * share)));
      return { model, scored: scoreRows(b.rows, model), dev: scoreRows(dev, model) };
    });
    const devScored = scoreRows(dev, m);
    m.thresholds = chooseThresholds(
      devScored,
      folds.flatMap((f) => f.scored),
    );
    const judged = folds.flatMap((f, i) => {
      const t = chooseThresholds(
        f.dev,
        folds.filter((_, j) => j !== i).flatMap((g) => g.scored),
      );
      return f.scored.map((s): Judged => ({ ...s, t }));
    });
    console.log(`  ${(share * 100).toFixed(1).padStart(5)}% (${n} rows)`);
    console.log(`    dev-c:           ${report(rates(devScored, m.thresholds))}`);
    console.log(`    cross-validated: ${report(sumRates(judged))}`);
    full = judged;
  }
  console.log('cross-validated at full size, by family:');
  for (const f of [...new Set(full.map((s) => `${s.label}/${s.family}`))].sort()) {
    const rows = full.filter((s) => `${s.label}/${s.family}` === f);
    const r = sumRates(rows);
    const what =
      rows[0]!.label === 'hurts'
        ? `hurts caught ${r.caught}/${r.hurts}`
        : rows[0]!.label === 'helps'
          ? `called hurts ${r.helpsHurts}/${r.helps}, called helps ${r.helpsHelps}/${r.helps}`
          : `called helps ${r.neutralHelps}/${r.neutral}`;
    console.log(`  ${f.padEnd(28)}${what}`);
  }
}
