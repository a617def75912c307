// The trained scorer's side of the checker: the features of a normalised reply (its words, word
// pairs, words in a negation's scope, question form, word classes near "you", and the rules'
// signals), and the probabilities a logistic regression gives them. Trained by
// scripts/train-checker.ts with these same functions, so training and checking read alike.
import type { ScorerModel } from './model.js';
import type { Normalised } from './normalise.js';
import type { WordClasses } from './patterns.js';

export interface Fired {
  helping: readonly string[];
  hurting: readonly string[];
  negated: readonly string[];
}

/** The word class of "you" words, for a class word near one ("you're so pathetic"). */
const SECOND_PERSON = 'second-person';

export function features(n: Normalised, fired: Fired, classes: WordClasses): string[] {
  const f = new Set<string>();
  const you = classes.get(SECOND_PERSON);
  let count = 0;
  for (const s of n.sentences) {
    const ws = s.words;
    const question = ws[ws.length - 1] === '?';
    if (question) f.add('q');
    ws.forEach((w, i) => {
      if (w === ',' || w === '?') return;
      count++;
      f.add(`w:${w}`);
      if (s.negated[i]) f.add(`n:${w}`);
      if (s.starts.has(i)) {
        f.add(`^:${w}`);
        if (question) f.add(`q^:${w}`);
      }
      const next = ws[i + 1];
      if (next !== undefined && next !== ',' && next !== '?') f.add(`b:${w}_${next}`);
      for (const [name, words] of classes) {
        if (!words.has(w)) continue;
        f.add(`c:${name}`);
        if (s.negated[i]) f.add(`nc:${name}`);
        for (let k = Math.max(0, i - 3); k < i; k++) if (you?.has(ws[k]!)) f.add(`you+c:${name}`);
      }
    });
  }
  if (n.softener) f.add('softener');
  f.add(`len:${Math.min(6, Math.floor(count / 5))}`);
  for (const id of fired.helping) f.add(`s:${id}`);
  for (const id of fired.hurting) f.add(`s:${id}`);
  for (const id of fired.negated) f.add(`x:${id}`);
  if (fired.helping.length > 0) f.add('s:any-helping');
  if (fired.hurting.length > 0) f.add('s:any-hurting');
  return [...f];
}

/**
 * A feature's key in scorer.json: the top 26 bits of its 32-bit FNV-1a hash (over UTF-16 code
 * units). 26 bits, not 32: smaller keys, 2 KB less package; a feature the scorer never learnt meets
 * a learnt one's key about once in 30,000 (2,000 keys in 67 million), a small weight in a few
 * replies of a thousand.
 */
export function featureHash(f: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < f.length; i++) h = Math.imul(h ^ f.charCodeAt(i), 0x01000193);
  return h >>> 6;
}

interface Unpacked {
  keys: Uint32Array;
  weights: readonly number[];
}

const unpacked = new WeakMap<ScorerModel, Unpacked>();

/** Why the model's keys and weights can't be read, or undefined: for loading scorer.json. */
export function packProblem(m: ScorerModel): string | undefined {
  const ints = (x: unknown): x is number[] => Array.isArray(x) && x.every((v) => Number.isInteger(v));
  if (!ints(m.keys) || !ints(m.weights)) return 'keys and weights must be lists of whole numbers';
  if (m.weights.length !== m.keys.length * (m.labels.length - 1)) return 'keys and weights differ in length';
  if (m.keys.some((d, i) => (i > 0 ? d <= 0 : d < 0)) || m.keys.reduce((a, b) => a + b, 0) > 0xffffffff)
    return 'keys must rise, within 32 bits';
  return undefined;
}

/** The model's keys as a sorted array, read once per model (checked by `packProblem` on loading). */
function unpack(m: ScorerModel): Unpacked {
  let u = unpacked.get(m);
  if (!u) {
    const keys = new Uint32Array(m.keys.length);
    let at = 0;
    for (let i = 0; i < keys.length; i++) keys[i] = at += m.keys[i]!;
    u = { keys, weights: m.weights };
    unpacked.set(m, u);
  }
  return u;
}

function find(keys: Uint32Array, h: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = keys[mid]!;
    if (v === h) return mid;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The probability of each of the model's labels. */
export function score(fs: readonly string[], m: ScorerModel): number[] {
  const u = unpack(m);
  const z = [...m.bias];
  const K = z.length;
  for (const x of fs) {
    const at = find(u.keys, featureHash(x));
    // The last label's weights are all 0 (a softmax is the same when every label gains alike).
    if (at >= 0) for (let k = 0; k < K - 1; k++) z[k]! += u.weights[at * (K - 1) + k]! * m.step;
  }
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
