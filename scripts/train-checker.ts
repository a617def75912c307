// Trains the checker's scorer: a logistic regression (helps / hurts / neutral) over the features of
// src/engine/practice/scorer.ts, on the training batches of data/checker/ (train-*.tsv) plus the
// project's own labelled lines (the practice replies, the plans' `say:` lines, the fixture). Picks
// the thresholds on the development batch (dev-c.tsv): helping replies called hurting held at or
// under 3% first, then as many hurting replies caught as can be. Never reads the held-out batch.
// Writes scenarios/practice/scorer.json. Deterministic: same data, same weights.
//   npm run train:checker                 (train, choose thresholds, write)
//   npm run train:checker -- --curve      (also print the learning curve: dev accuracy by training size)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkReply, scorerFeatures } from '../src/engine/practice/checker.js';
import type { Checker, ScorerModel } from '../src/engine/practice/model.js';
import { loadPractice } from '../src/scenario/practice-load.js';
import { readLabelled, wilson, type Label, type Labelled } from './lib/labelled.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'data/checker');
const OUT = join(ROOT, 'scenarios/practice/scorer.json');
const LABELS: Label[] = ['helps', 'hurts', 'neutral'];
/** The most helping replies the scorer may call hurting on the development batch. */
const MAX_HELPS_CALLED_HURTS = 0.03;
const L2 = 0.001;
const EPOCHS = 60;
const MIN_COUNT = 2;
// Weights kept in scorer.json: two decimals, and only features that move some label this much (package size).
const MIN_WEIGHT = 0.01;

const practice = loadPractice();
if (!practice.rules || !practice.content) throw new Error('train:checker: the practice files have errors');
const rules: Checker = { ...practice.rules, scorer: undefined };

/** The project's own lines, labelled by what the coach says of them. */
function ownLines(): Labelled[] {
  const out: Labelled[] = [];
  const c = practice.content!;
  for (const line of [c.opening, c.closing, ...Object.values(c.reasons)]) {
    for (const r of line.replies) {
      const helps = c.kinds[r.kind]?.helps;
      out.push({ id: r.id, reply: r.say, label: helps ? 'helps' : 'hurts', family: r.kind });
      if (r.better) out.push({ id: `${r.id}-better`, reply: r.better, label: 'helps', family: 'better' });
    }
  }
  for (const s of rules.signals)
    if (s.better) out.push({ id: `${s.id}-better`, reply: s.better, label: 'helps', family: 'better' });
  for (const line of sayLines()) out.push({ id: 'say', reply: line, label: 'helps', family: 'say' });
  const fixture = readFileSync(join(ROOT, 'tests/fixtures/replies.tsv'), 'utf8').trim().split('\n').slice(1);
  for (const l of fixture) {
    const [reply, expected] = l.split('\t');
    if (expected === 'helps' || expected === 'hurts')
      out.push({ id: 'fixture', reply: reply!, label: expected, family: 'fixture' });
    if (expected === 'unclear') out.push({ id: 'fixture', reply: reply!, label: 'neutral', family: 'fixture' });
  }
  return out;
}

/** Every `say:` line of the built-in plans (scenarios/*.yaml and scenarios/shared/*.yaml). */
export function sayLines(): string[] {
  const dirs = [join(ROOT, 'scenarios'), join(ROOT, 'scenarios/shared')];
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'say' && typeof x === 'string') out.push(x);
        else walk(x);
      }
  };
  for (const dir of dirs)
    for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !/\.test\.ya?ml$/.test(n)))
      walk(parse(readFileSync(join(dir, f), 'utf8')));
  return out.map((s) => s.replace(/\{\{[^}]*\}\}/g, 'them'));
}

interface Example {
  x: number[];
  y: number;
}

function train(rows: { fs: string[]; label: Label }[]): ScorerModel {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f);
  vocab.sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const data: Example[] = rows.map((r) => ({
    x: r.fs.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])),
    y: LABELS.indexOf(r.label),
  }));
  const K = LABELS.length;
  const W = vocab.map(() => new Array<number>(K).fill(0));
  const b = new Array<number>(K).fill(0);
  // Full-batch gradient descent with AdaGrad steps: deterministic, and quick on a few thousand rows.
  const gW = vocab.map(() => new Array<number>(K).fill(1e-8));
  const gb = new Array<number>(K).fill(1e-8);
  const rate = 0.5;
  for (let epoch = 0; epoch < EPOCHS * 4; epoch++) {
    const dW = vocab.map(() => new Array<number>(K).fill(0));
    const db = new Array<number>(K).fill(0);
    for (const e of data) {
      const z = [...b];
      for (const i of e.x) for (let k = 0; k < K; k++) z[k]! += W[i]![k]!;
      const top = Math.max(...z);
      const ex = z.map((v) => Math.exp(v - top));
      const sum = ex.reduce((a, c) => a + c, 0);
      for (let k = 0; k < K; k++) {
        const g = ex[k]! / sum - (k === e.y ? 1 : 0);
        db[k]! += g;
        for (const i of e.x) dW[i]![k]! += g;
      }
    }
    for (let i = 0; i < vocab.length; i++)
      for (let k = 0; k < K; k++) {
        const g = dW[i]![k]! / data.length + L2 * W[i]![k]!;
        gW[i]![k]! += g * g;
        W[i]![k]! -= (rate * g) / Math.sqrt(gW[i]![k]!);
      }
    for (let k = 0; k < K; k++) {
      const g = db[k]! / data.length;
      gb[k]! += g * g;
      b[k]! -= (rate * g) / Math.sqrt(gb[k]!);
    }
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    if (W[i]!.some((v) => Math.abs(v) >= MIN_WEIGHT)) weights[f] = W[i]!.map((v) => Math.round(v * 100));
  });
  return { format: 1, labels: LABELS, bias: b.map(round), weights, thresholds: { hurts: 1, helps: 1, overHelping: 1 } };
}

interface Scored {
  label: Label;
  rule: 'hurts' | 'mixed' | 'helps' | 'negated' | 'none';
  hurting: number;
  helping: number;
}

function scoreRows(rows: Labelled[], model: ScorerModel): Scored[] {
  const withModel: Checker = { ...rules, scorer: { ...model, thresholds: { hurts: 2, helps: 2, overHelping: 2 } } };
  return rows.map((r) => {
    const c = checkReply(r.reply, withModel);
    const kinds = new Map(rules.signals.map((s) => [s.id, s.helps]));
    const hurting = c.signals.some((x) => !kinds.get(x));
    const rule = hurting
      ? c.verdict === 'hurts'
        ? 'hurts'
        : 'mixed'
      : c.verdict === 'helps'
        ? 'helps'
        : c.negated.length
          ? 'negated'
          : 'none';
    const probs = c.hurting ?? 0;
    // The helping probability is not on the result: recompute it from the features.
    const fs = scorerFeatures(r.reply, rules);
    const z = [...model.bias];
    for (const f of fs) model.weights[f]?.forEach((w, k) => (z[k]! += w / 100));
    const top = Math.max(...z);
    const ex = z.map((v) => Math.exp(v - top));
    const helping = ex[0]! / ex.reduce((a, v) => a + v, 0);
    return { label: r.label, rule, hurting: probs, helping };
  });
}

/** The verdict checkReply gives, from a row's rule outcome and the scorer's probabilities. */
function verdictOf(s: Scored, t: ScorerModel['thresholds']): string {
  if (s.rule === 'hurts' || s.rule === 'mixed') return s.rule;
  if (s.hurting >= t.hurts) return s.rule === 'helps' && s.hurting < t.overHelping ? 'mixed' : 'hurts';
  if (s.rule === 'helps') return 'helps';
  if (s.rule === 'negated') return 'mixed';
  return s.helping >= t.helps ? 'helps' : 'unclear';
}

function rates(scored: Scored[], t: ScorerModel['thresholds']) {
  let hurts = 0,
    caught = 0,
    helps = 0,
    helpsHurts = 0,
    helpsHelps = 0,
    hurtsHelps = 0,
    neutral = 0,
    neutralHelps = 0;
  for (const s of scored) {
    const v = verdictOf(s, t);
    if (s.label === 'hurts') {
      hurts++;
      if (v === 'hurts') caught++;
      if (v === 'helps') hurtsHelps++;
    } else if (s.label === 'helps') {
      helps++;
      if (v === 'hurts') helpsHurts++;
      if (v === 'helps') helpsHelps++;
    } else {
      neutral++;
      if (v === 'helps') neutralHelps++;
    }
  }
  return { hurts, caught, helps, helpsHurts, helpsHelps, hurtsHelps, neutral, neutralHelps };
}

function chooseThresholds(scored: Scored[]): ScorerModel['thresholds'] {
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  let best = { hurts: 1, helps: 1, overHelping: 1 };
  let bestCaught = -1;
  for (const h of grid)
    for (const o of [h, ...grid.filter((x) => x > h && (x * 100) % 5 === 0), 1.01]) {
      const r = rates(scored, { hurts: h, helps: 1, overHelping: o });
      if (r.helpsHurts / r.helps > MAX_HELPS_CALLED_HURTS) continue;
      if (r.caught > bestCaught) {
        bestCaught = r.caught;
        best = { hurts: h, helps: 1, overHelping: o };
      }
    }
  // The helping threshold: each helping reply it calls helping is worth one, each hurting reply three
  // (calling a hurtful reply good teaches the wrong thing), each neutral one one.
  let bestHelps = 1;
  let bestGain = -Infinity;
  for (const g of [...grid, 1]) {
    const r = rates(scored, { ...best, helps: g });
    const gain = r.helpsHelps - 3 * r.hurtsHelps - r.neutralHelps;
    if (gain > bestGain) [bestGain, bestHelps] = [gain, g];
  }
  return { ...best, helps: bestHelps };
}

const pct = (k: number, n: number) => {
  const [lo, hi] = wilson(k, n);
  return `${((100 * k) / n).toFixed(1)}% [${(100 * lo).toFixed(0)}-${(100 * hi).toFixed(0)}]`;
};
const report = (name: string, r: ReturnType<typeof rates>) =>
  `${name}: hurts caught ${pct(r.caught, r.hurts)}, helps called hurts ${pct(r.helpsHurts, r.helps)}, ` +
  `helps called helps ${pct(r.helpsHelps, r.helps)}, neutral called helps ${r.neutralHelps}/${r.neutral}`;

const featured = (rows: Labelled[]) => rows.map((r) => ({ fs: scorerFeatures(r.reply, rules), label: r.label }));
const trainFiles = readdirSync(DATA)
  .filter((f) => /^train-.*\.tsv$/.test(f))
  .sort();
const batches = trainFiles.map((f) => readLabelled(join(DATA, f)));
const dev = readLabelled(join(DATA, 'dev-c.tsv'));
const own = ownLines();

if (process.argv.includes('--curve')) {
  // Interleave the batches so each size draws on every writer.
  const pool: Labelled[] = [];
  for (let i = 0; i < Math.max(...batches.map((b) => b.length)); i++)
    for (const b of batches) if (b[i]) pool.push(b[i]!);
  console.log('learning curve (train on the first N blind training rows alone, thresholds and score on dev-c):');
  for (const n of [140, 280, 560, 840, pool.length]) {
    const m = train(featured(pool.slice(0, n)));
    const scored = scoreRows(dev, m);
    const t = chooseThresholds(scored);
    console.log(`  N=${String(n).padStart(4)}  ${report('dev', rates(scored, t))}`);
  }
}

const model = train(featured([...batches.flat(), ...own]));
const scored = scoreRows(dev, model);
model.thresholds = chooseThresholds(scored);
console.log(`rules alone on dev: ${report('dev', rates(scored, { hurts: 2, helps: 2, overHelping: 2 }))}`);
console.log(`thresholds ${JSON.stringify(model.thresholds)}; ${report('dev', rates(scored, model.thresholds))}`);
writeFileSync(OUT, `${JSON.stringify(model)}\n`);
console.log(
  `wrote ${OUT.replace(ROOT, '')}: ${Object.keys(model.weights).length} features, ${readFileSync(OUT).length} bytes`,
);
