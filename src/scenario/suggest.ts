/** The candidate closest to `word` by edit distance, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best ?? samePrefix(word, candidates);
}

/** The one candidate sharing a long start with the word ("worry" for "worries"), when no edit is close. */
function samePrefix(word: string, candidates: readonly string[]): string | undefined {
  const MIN = 4;
  if (word.length < MIN) return undefined;
  const start = word.slice(0, MIN).toLowerCase();
  const found = candidates.filter((c) => c.toLowerCase().startsWith(start));
  return found.length === 1 ? found[0] : undefined;
}

/** Edit distance in which swapping two neighbouring letters ("nxet" for "next") counts as one edit. */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}
