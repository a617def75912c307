// The checker's load-time savings must not change a verdict: the pattern index (which patterns a
// reply can match, computed at build) never leaves out a pattern that matches, and the packed
// scorer's file is refused when it can't be read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/engine/practice/checker.js';
import type { Checker, ScorerModel } from '../../src/engine/practice/model.js';
import { prepareNormaliser } from '../../src/engine/practice/normalise.js';
import { indexPatterns, patternSources } from '../../src/engine/practice/pattern-index.js';
import { featureHash, packProblem, score } from '../../src/engine/practice/scorer.js';
import { ROOT } from '../helpers/cli.js';
import { loadPractice } from '../../src/scenario/practice-load.js';

const rules = loadPractice().rules!;
const replies = readFileSync(join(ROOT, 'tests/fixtures/replies.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t')[0]!);

describe('the pattern index', () => {
  const index = indexPatterns(rules, prepareNormaliser(rules));
  const all = patternSources(rules).map((_, i) => i);
  // Every pattern tried on every reply: what the index must agree with.
  const everything: Checker = { ...rules, index: { ...index, words: {}, always: all } };
  const indexed: Checker = { ...rules, index };
  const read = (r: ReturnType<typeof checkReply>) => [r.verdict, r.signals, r.negated, r.crisis];

  it('files most patterns under a word, so a reply tries few of them', () => {
    expect(index.always.length).toBeLessThan(all.length / 20);
    expect(Object.values(index.words).every((ids) => ids.length < all.length / 4)).toBe(true);
  });
  it.each(replies)('finds what trying every pattern finds: %s', (reply) => {
    expect(read(checkReply(reply, indexed))).toEqual(read(checkReply(reply, everything)));
  });
  it('is not used for rules it was not computed from (the check can fail)', () => {
    const fewer = { ...rules, signals: rules.signals.slice(1), index };
    // Stale positions would point the threat's patterns at another signal: the reply would be missed.
    expect(checkReply("if you don't go I'm leaving", fewer).signals).toContain('threat');
  });
});

describe('the packed scorer', () => {
  const m = JSON.parse(readFileSync(join(ROOT, 'scenarios/practice/scorer.json'), 'utf8')) as ScorerModel;
  it('is readable as shipped', () => expect(packProblem(m)).toBeUndefined());
  it('refuses keys that do not rise, or weights of another length', () => {
    expect(packProblem({ ...m, keys: [5, 0, ...m.keys.slice(2)] })).toMatch(/rise/);
    expect(packProblem({ ...m, weights: m.weights.slice(1) })).toMatch(/length/);
  });
  it('a known feature moves the score; an unknown one does not', () => {
    const base = score([], m);
    expect(score(['w:zzzz-never-a-word'], m)).toEqual(base);
    expect(score(['s:any-hurting'], m)[1]).toBeGreaterThan(base[1]!);
  });
  it('hashes a feature the same way every time, in 26 bits', () => {
    expect(featureHash('w:you')).toBe(featureHash('w:you'));
    expect(featureHash('w:you')).not.toBe(featureHash('w:yuo'));
    expect(featureHash('w:you')).toBeLessThan(2 ** 26);
  });
});
