// The safety rules every plan of a walk must keep, as checks with counts: no point whose tag one of
// the plan's stances forbids (stance.ts), counted per stance; the crisis lines first in every plan made with risk; the
// withdrawal warning in every plan about substance use; a short summary; a lean main plan.
import { MAIN_POINTS } from '../engine/lean.js';
import type { Plan } from '../engine/types.js';
import { languageCode, msg } from '../messages/index.js';
import { crisisLines } from '../render/crisis.js';
import { summaryTexts } from '../render/summary.js';
import { words as inWords } from '../render/words.js';
import type { Scenario, Stance } from '../engine/model.js';
import { forbiddenTags } from '../engine/stance.js';

/** "In short" at most this many words, by language. Spanish says the same in more words: 113 keeps
 * the English cap's content. Measured over the 5,746 plans of every built-in walk in every region,
 * each made in both languages from the same answers (translations of 7 December 2026): the longest
 * Spanish summary is 110 words where the longest English one is 97 (1.13 times); plan by plan the
 * Spanish has 1.04 times the words on average (median 1.02, 99th percentile 1.29), the most where
 * a line says how to reach a helpline ("envía un mensaje de texto" for "text"). 100 x 1.13 keeps
 * the headroom English has over its own longest summary. */
const SUMMARY_WORDS: Readonly<Record<string, number>> = { en: 100, es: 113 };

/** The "In short" cap for the language of this run (English's for a language without its own). */
export const summaryCap = (): number => SUMMARY_WORDS[languageCode()] ?? SUMMARY_WORDS.en!;
/** The point every plan about substance use must hold in its main part (scenarios/shared/concern.yaml),
 * found by its id, never by a word of its text: the check holds in every language. */
export const WITHDRAWAL_POINT = 'sub-withdrawal';

export interface SafetyCounts {
  plans: number;
  /** Plans by their stance (the first by precedence). */
  byStance: Partial<Record<Stance, number>>;
  /** Points in a plan that one of its stances forbids: always 0 in a sound scenario. */
  forbidden: number;
  risk: number;
  riskCrisisFirst: number;
  substances: number;
  substancesWithWarning: number;
  summaryOver: number;
  summaryMaxWords: number;
  mainOver: number;
  mainMaxPoints: number;
}

export const emptyCounts = (): SafetyCounts => ({
  plans: 0,
  byStance: {},
  forbidden: 0,
  risk: 0,
  riskCrisisFirst: 0,
  substances: 0,
  substancesWithWarning: 0,
  summaryOver: 0,
  summaryMaxWords: 0,
  mainOver: 0,
  mainMaxPoints: 0,
});

/** Plans by stance, as a line: "danger 4, ordinary 20". */
export const stanceCounts = (c: SafetyCounts): string =>
  Object.entries(c.byStance)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
/** The number of the first line that is this heading (headings may be printed in capitals). */
const lineOf = (text: string, heading: string) => {
  const i = text.split('\n').findIndex((l) => l.trim().toLowerCase() === heading.toLowerCase());
  return i < 0 ? Infinity : i;
};

/** Checks one plan (with its printed text), adds to the counts, and returns the faults found. */
export function checkPlanSafety(scenario: Scenario, plan: Plan, text: string, counts: SafetyCounts): string[] {
  const faults: string[] = [];
  const points = scenario.points ?? {};
  const all = [...plan.sections, ...plan.more].flatMap((s) => s.points);
  counts.plans++;
  counts.byStance[plan.safety.stance] = (counts.byStance[plan.safety.stance] ?? 0) + 1;
  // Tags are read from the scenario, not the plan, so a plan that lost its tags cannot hide a point.
  for (const p of all) {
    const bad = forbiddenTags(plan.safety.stances, points[p.id]?.tags);
    if (bad.length === 0) continue;
    counts.forbidden++;
    faults.push(
      msg('testing.forbiddenPoint', { point: p.id, tags: bad.join(', '), stances: plan.safety.stances.join(', ') }),
    );
  }
  if (plan.safety.risk !== 'none') {
    counts.risk++;
    const crisis = lineOf(text, crisisLines(plan.crisis).heading);
    const summary = lineOf(text, msg('plan.summary.heading'));
    const firstSection = plan.sections[0] ? lineOf(text, inWords(plan.sections[0].title)) : Infinity;
    if (plan.summary[0]?.role === 'crisis' && crisis < summary && summary < firstSection) counts.riskCrisisFirst++;
    else faults.push(msg('testing.riskNotFirst'));
  }
  if (plan.safety.substances) {
    counts.substances++;
    const main = plan.sections.flatMap((s) => s.points);
    if (main.some((p) => p.id === WITHDRAWAL_POINT)) counts.substancesWithWarning++;
    else faults.push(msg('testing.noWithdrawal'));
  }
  const summaryWords = words(summaryTexts(plan).join(' '));
  counts.summaryMaxWords = Math.max(counts.summaryMaxWords, summaryWords);
  if (summaryWords > summaryCap()) {
    counts.summaryOver++;
    faults.push(msg('testing.summaryLong', { count: summaryWords, most: summaryCap() }));
  }
  const mainPoints = plan.sections.reduce((n, s) => n + s.points.length, 0);
  counts.mainMaxPoints = Math.max(counts.mainMaxPoints, mainPoints);
  if (mainPoints > MAIN_POINTS) {
    counts.mainOver++;
    faults.push(msg('testing.mainLong', { count: mainPoints, most: MAIN_POINTS }));
  }
  return faults;
}
