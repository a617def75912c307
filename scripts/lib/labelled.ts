// Reading the labelled reply files of data/checker/ (id, reply, label, family, loved_one_said), and
// the 95% Wilson interval the benchmark and the learning curve print.
import { readFileSync } from 'node:fs';

export type Label = 'helps' | 'hurts' | 'neutral';
export interface Labelled {
  id: string;
  reply: string;
  label: Label;
  family: string;
}

export function readLabelled(file: string): Labelled[] {
  const [head, ...lines] = readFileSync(file, 'utf8').replace(/\r/g, '').trimEnd().split('\n');
  const cols = head!.split('\t');
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column "${name}"`);
    return i;
  };
  const [id, reply, label, family] = [at('id'), at('reply'), at('label'), at('family')];
  return lines.map((l, n) => {
    const f = l.split('\t');
    const lab = f[label]!.trim();
    if (lab !== 'helps' && lab !== 'hurts' && lab !== 'neutral') throw new Error(`${file}:${n + 2}: label "${lab}"`);
    return { id: f[id]!, reply: f[reply]!, label: lab, family: (f[family] ?? '').trim() || lab };
  });
}

/** The 95% Wilson score interval of k successes in n. */
export function wilson(k: number, n: number): [number, number] {
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}
