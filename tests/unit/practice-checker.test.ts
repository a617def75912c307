// The typed-reply checker on the fixture (tests/fixtures/replies.tsv: reply, expected verdict, why):
// regression tests for the explanations, written while reading the rules, so never quoted as
// accuracy (that is `npm run bench:checker`, on replies nobody tuned on). It guards against a rule
// change that breaks verdicts the fixture pins.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/engine/practice/checker.js';
import { VERDICTS, type Verdict } from '../../src/engine/practice/model.js';
import { loadPractice } from '../../src/scenario/practice-load.js';
import { fixture } from '../helpers/fixtures.js';

const rules = loadPractice().rules!;
const rows = readFileSync(fixture('replies.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => {
    const [reply, expected, why] = l.split('\t');
    return { reply: reply!, expected: expected as Verdict, why: why! };
  });

/** confusion[expected][got] */
function confusion(): Record<Verdict, Record<Verdict, number>> {
  const table = Object.fromEntries(VERDICTS.map((v) => [v, Object.fromEntries(VERDICTS.map((w) => [w, 0]))]));
  for (const r of rows) table[r.expected]![checkReply(r.reply, rules).verdict]!++;
  return table as Record<Verdict, Record<Verdict, number>>;
}

const total = (row: Record<Verdict, number>) => VERDICTS.reduce((n, v) => n + row[v], 0);

describe('the labelled replies', () => {
  it('has at least 150 rows, each with a known verdict and a reason', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const r of rows) {
      expect(VERDICTS).toContain(r.expected);
      expect(r.why.length).toBeGreaterThan(0);
    }
  });

  it('meets the targets: >= 90% of hurts caught, <= 3% of helps called hurts', () => {
    const t = confusion();
    const lines = VERDICTS.map(
      (v) =>
        `${v.padEnd(8)}${VERDICTS.map((w) => String(t[v][w]).padStart(8)).join('')}   ` +
        `agree ${((100 * t[v][v]) / total(t[v])).toFixed(1)}% of ${total(t[v])}`,
    );
    const agree = VERDICTS.reduce((n, v) => n + t[v][v], 0);
    console.log(
      [
        `expected \\ got ${VERDICTS.map((w) => w.padStart(8)).join('')}`,
        ...lines,
        `overall agreement ${agree}/${rows.length}`,
      ].join('\n'),
    );
    expect(t.hurts.hurts / total(t.hurts)).toBeGreaterThanOrEqual(0.9);
    expect(t.helps.hurts / total(t.helps)).toBeLessThanOrEqual(0.03);
  });

  it('names the signals found, with feedback, and a better reply when it hurts', () => {
    const r = checkReply('dont you think you drink too much', rules);
    expect(r).toMatchObject({ verdict: 'hurts', signals: ['loaded-question'] });
    expect(r.better).toBeDefined();
    expect(checkReply("I'm not saying you're crazy, I'm just worried about you.", rules)).toMatchObject({
      verdict: 'helps',
      signals: ['i-statement'],
      negated: ['label'],
    });
    expect(checkReply('ok', rules)).toMatchObject({ verdict: 'unclear', signals: [] });
    expect(checkReply('ok', rules).better).toBeUndefined();
  });
});
