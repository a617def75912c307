// The checker's scorer trained and measured: shared by scripts/train-checker.ts (which writes
// scenarios/practice/scorer.json) and scripts/bench-checker.ts (its learning curve and
// cross-validation). A logistic regression (helps / hurts / neutral) over the features of
// src/engine/practice/scorer.ts; thresholds chosen on a development batch, holding helping replies
// called hurting at or under 3% first, then catching as many hurting replies as can be.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkReply, scorerFeatures } from '../../src/engine/practice/checker.js';
import type { Checker, ScorerModel } from '../../src/engine/practice/model.js';
import { featureHash, score } from '../../src/engine/practice/scorer.js';
import { BUILTIN_PRACTICE_DIR, loadPractice } from '../../src/scenario/practice-load.js';
import { readLabelled, wilson, type Label, type Labelled } from './labelled.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DATA = join(ROOT, 'data/checker');
const LABELS: Label[] = ['helps', 'hurts', 'neutral'];
/** The most helping replies the scorer may call hurting on the development batch. */
const MAX_HELPS_CALLED_HURTS = 0.03;
const L2 = 0.001;
const STEPS = 240;
/** A feature seen in fewer training rows is not learnt. */
const MIN_COUNT = 2;
/** A feature whose every weight (against the last label) is smaller is not shipped: package size. */
const MIN_WEIGHT = 0.07;

/** The practice files without the scorer beside them: training must not need the scorer it replaces
 * (one of an older format is an error where the coach reads it). */
function withoutScorer() {
  const dir = mkdtempSync(join(tmpdir(), 'talkcoach-train-'));
  try {
    for (const f of ['lines.yaml', 'checker.yaml']) copyFileSync(join(BUILTIN_PRACTICE_DIR, f), join(dir, f));
    return loadPractice(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const practice = withoutScorer();
if (!practice.rules || !practice.content) throw new Error('checker training: the practice files have errors');
/** The rules without a scorer: what the scorer is trained beside. */
export const rules: Checker = { ...practice.rules, scorer: undefined };

/** The blind training batches (data/checker/train-*.tsv), in file order. */
export const trainingBatches = (): { file: string; rows: Labelled[] }[] =>
  readdirSync(DATA)
    .filter((f) => /^train-.*\.tsv$/.test(f))
    .sort()
    .map((file) => ({ file, rows: readLabelled(join(DATA, file)) }));

export const devBatch = (): Labelled[] => readLabelled(join(DATA, 'dev-c.tsv'));

/** The project's own lines, labelled by what the coach says of them: the practice replies and their
 * better lines, the signals' better lines, the plans' `say:` lines, the fixture. */
export function ownLines(): Labelled[] {
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
function sayLines(): string[] {
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

export interface Featured {
  fs: string[];
  label: Label;
}

const featureCache = new Map<string, string[]>();
/** Each row's features (computed once a reply: the curve and cross-validation train many times). */
export const featured = (rows: readonly Labelled[]): Featured[] =>
  rows.map((r) => {
    let fs = featureCache.get(r.reply);
    if (!fs) featureCache.set(r.reply, (fs = scorerFeatures(r.reply, rules)));
    return { fs, label: r.label };
  });

/** Full-batch gradient descent with AdaGrad steps: deterministic (same rows, same weights), and
 * quick on a few thousand rows. Then packed as scorer.json ships it, thresholds still unset. */
export function train(rows: readonly Featured[]): ScorerModel {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f);
  vocab.sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const data = rows.map((r) => ({
    x: r.fs.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])),
    y: LABELS.indexOf(r.label),
  }));
  const K = LABELS.length;
  const W = vocab.map(() => new Array<number>(K).fill(0));
  const b = new Array<number>(K).fill(0);
  const gW = vocab.map(() => new Array<number>(K).fill(1e-8));
  const gb = new Array<number>(K).fill(1e-8);
  const rate = 0.5;
  for (let step = 0; step < STEPS; step++) {
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
  return pack(
    vocab.map((f, i) => [f, W[i]!]),
    b,
  );
}

/** Weights against the last label (a softmax is unchanged when every label gains alike), one signed
 * whole number each (-127 to 127) in steps of the largest over 127, near-zero ones pruned, keyed by feature hash. */
function pack(learnt: [string, number[]][], bias: number[]): ScorerModel {
  const K = bias.length;
  const rel = learnt.map(([f, w]): [number, number[]] => [featureHash(f), w.slice(0, K - 1).map((v) => v - w[K - 1]!)]);
  const kept = rel.filter(([, w]) => w.some((v) => Math.abs(v) >= MIN_WEIGHT));
  // Two features with one hash (rare in 32 bits) share a key: their weights are summed.
  const byKey = new Map<number, number[]>();
  for (const [h, w] of kept)
    byKey.set(
      h,
      (byKey.get(h) ?? new Array<number>(K - 1).fill(0)).map((v, k) => v + w[k]!),
    );
  const keys = [...byKey.keys()].sort((x, y) => x - y);
  const top = Math.max(1e-9, ...[...byKey.values()].flat().map(Math.abs));
  const step = Number((top / 127).toPrecision(3));
  const weights = keys.flatMap((h) => byKey.get(h)!.map((v) => Math.max(-127, Math.min(127, Math.round(v / step)))));
  return {
    format: 2,
    labels: LABELS,
    bias: bias.map((v) => Math.round((v - bias[K - 1]!) * 1000) / 1000),
    step,
    keys: keys.map((h, i) => h - (keys[i - 1] ?? 0)),
    weights,
    thresholds: { hurts: 1, helps: 1, overHelping: 1 },
  };
}

export interface Scored {
  label: Label;
  family: string;
  rule: 'hurts' | 'mixed' | 'helps' | 'negated' | 'none';
  hurting: number;
  helping: number;
}

/** Each row through the rules and the model, thresholds left open (chosen afterwards). */
export function scoreRows(rows: readonly Labelled[], model: ScorerModel): Scored[] {
  const kinds = new Map(rules.signals.map((s) => [s.id, s.helps]));
  return rows.map((r) => {
    const c = checkReply(r.reply, rules);
    const hurt = c.signals.some((x) => !kinds.get(x));
    const rule = hurt
      ? c.verdict === 'hurts'
        ? 'hurts'
        : 'mixed'
      : c.verdict === 'helps'
        ? 'helps'
        : c.negated.length
          ? 'negated'
          : 'none';
    const [helping, hurting] = score(featured([r])[0]!.fs, model);
    return { label: r.label, family: r.family, rule, hurting: hurting!, helping: helping! };
  });
}

/** The verdict checkReply gives, from a row's rule outcome and the scorer's probabilities. */
export function verdictOf(s: Scored, t: ScorerModel['thresholds']): string {
  if (s.rule === 'hurts') return 'hurts';
  if (s.rule === 'mixed') return s.hurting >= t.overHelping ? 'hurts' : 'mixed';
  if (s.rule === 'negated' && s.hurting < t.overHelping) return 'mixed';
  if (s.hurting >= t.hurts) return s.rule === 'helps' && s.hurting < t.overHelping ? 'mixed' : 'hurts';
  if (s.rule === 'helps') return 'helps';
  if (s.rule === 'negated') return 'mixed';
  return s.helping >= t.helps ? 'helps' : 'unclear';
}

export interface Rates {
  hurts: number;
  caught: number;
  helps: number;
  helpsHurts: number;
  helpsHelps: number;
  hurtsHelps: number;
  neutral: number;
  neutralHelps: number;
}

export function rates(scored: readonly Scored[], t: ScorerModel['thresholds']): Rates {
  const r: Rates = {
    hurts: 0,
    caught: 0,
    helps: 0,
    helpsHurts: 0,
    helpsHelps: 0,
    hurtsHelps: 0,
    neutral: 0,
    neutralHelps: 0,
  };
  for (const s of scored) {
    const v = verdictOf(s, t);
    if (s.label === 'hurts') {
      r.hurts++;
      if (v === 'hurts') r.caught++;
      if (v === 'helps') r.hurtsHelps++;
    } else if (s.label === 'helps') {
      r.helps++;
      if (v === 'hurts') r.helpsHurts++;
      if (v === 'helps') r.helpsHelps++;
    } else {
      r.neutral++;
      if (v === 'helps') r.neutralHelps++;
    }
  }
  return r;
}

/** Each training batch scored by a scorer trained on the other batches (and the project's own lines):
 * out-of-fold, so no row is scored by a model that learnt it. */
export function outOfFold(batches: readonly { rows: Labelled[] }[], own: readonly Labelled[]): Scored[] {
  return batches.flatMap((b, i) => {
    const others = batches.filter((_, j) => j !== i).flatMap((x) => x.rows);
    return scoreRows(b.rows, train(featured([...others, ...own])));
  });
}

/** The rules alone: thresholds no probability reaches. */
export const RULES_ALONE = { hurts: 2, helps: 2, overHelping: 2 };

/** Thresholds holding helping replies called hurting at or under 3% in every group, then catching
 * as many hurting replies as can be over them all. */
export function chooseThresholds(...groups: (readonly Scored[])[]): ScorerModel['thresholds'] {
  const scored = groups.flat();
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  let best = { hurts: 1, helps: 1, overHelping: 1 };
  let bestCaught = -1;
  for (const h of grid)
    for (const o of [h, ...grid.filter((x) => x > h && Math.round(x * 100) % 5 === 0), 1.01]) {
      const t = { hurts: h, helps: 1, overHelping: o };
      const over = groups.some((g) => {
        const r = rates(g, t);
        return r.helpsHurts / r.helps > MAX_HELPS_CALLED_HURTS;
      });
      if (over) continue;
      const r = rates(scored, t);
      if (r.caught > bestCaught) {
        bestCaught = r.caught;
        best = t;
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
export const report = (r: Rates) =>
  `hurts caught ${pct(r.caught, r.hurts)}, helps called hurts ${pct(r.helpsHurts, r.helps)}, ` +
  `helps called helps ${pct(r.helpsHelps, r.helps)}, neutral called helps ${r.neutralHelps}/${r.neutral}`;
