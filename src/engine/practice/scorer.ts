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

/** The probability of each of the model's labels. */
export function score(fs: readonly string[], m: ScorerModel): number[] {
  // Weights are stored as hundredths (whole numbers keep scorer.json small).
  const z = m.bias.map((b) => b * 100);
  for (const x of fs) {
    const w = m.weights[x];
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k]! /= 100;
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
