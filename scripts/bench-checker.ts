// The typed-reply checker measured on replies nobody tuned on (data/checker/held-out-d.tsv by default):
// hurting replies caught, helping replies called hurting, helping replies called helping, each with a
// 95% Wilson interval, overall and per family; how many verdicts the trained scorer gave alone; and
// the cost of loading the checker in a fresh process, as a ratio of `node -e 0`. A benchmark, not a
// test: it prints, and exits 1 only when the load cost is over its budget (+0.1x).
//   npm run bench:checker [-- --file data/checker/dev-c.tsv] [-- --runs 31] [-- --no-load]
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReply } from '../src/engine/practice/checker.js';
import { loadPractice } from '../src/scenario/practice-load.js';
import { readLabelled, wilson } from './lib/labelled.js';
import { measures, median } from './lib/measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const FILE = arg('--file', join(ROOT, 'data/checker/held-out-d.tsv'));
const RUNS = Math.max(10, Number(arg('--runs', '21')));
const LOAD_BUDGET = 0.1;

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
    writeFileSync(join(work, 'rules.json'), JSON.stringify({ ...rules, scorer: undefined }));
    const scorerFile = join(ROOT, 'scenarios/practice/scorer.json');
    const entry = join(work, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { readFileSync, existsSync } from 'node:fs';`,
        `import { checkReply } from ${JSON.stringify(join(ROOT, 'src/engine/practice/checker.js'))};`,
        `const rules = JSON.parse(readFileSync(${JSON.stringify(join(work, 'rules.json'))}, 'utf8'));`,
        `const f = ${JSON.stringify(scorerFile)};`,
        `if (existsSync(f)) rules.scorer = JSON.parse(readFileSync(f, 'utf8'));`,
        `if (!checkReply('so when exactly were you planning to deal with it?', rules).verdict) process.exit(2);`,
      ].join('\n'),
    );
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'node',
      minify: true,
      outfile: join(work, 'checker.mjs'),
      logLevel: 'warning',
    });
    const env = { ...process.env };
    const { time } = measures(env, RUNS);
    const base: number[] = [];
    const subject: number[] = [];
    for (let i = 0; i < 3; i++) {
      time(process.execPath, ['-e', '0']);
      time(process.execPath, [join(work, 'checker.mjs')]);
    }
    for (let i = 0; i < RUNS; i++) {
      base.push(time(process.execPath, ['-e', '0']).ms);
      const run = time(process.execPath, [join(work, 'checker.mjs')]);
      if (run.r.status !== 0) throw new Error(`bench:checker: the load run failed: ${run.r.stderr}`);
      subject.push(run.ms);
    }
    const extra = median(subject) / median(base) - 1;
    console.log(
      `load: node -e 0 ${median(base).toFixed(1)} ms; checker loaded and one reply checked ` +
        `${median(subject).toFixed(1)} ms: +${extra.toFixed(3)}x (budget +${LOAD_BUDGET}x, ${RUNS} runs each, medians)`,
    );
    if (extra > LOAD_BUDGET) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
