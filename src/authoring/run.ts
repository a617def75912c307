// Running one scripted play-through and checking its plan. Pure: the scenario arrives loaded.
import { helpBlocks } from '../render/safety-blocks.js';
import { summaryTexts } from '../render/summary.js';
import { playLine, skipNotes } from '../engine/play.js';
import { start } from '../engine/session.js';
import { msg } from '../messages/index.js';
import { describeOptions, engineWords, questionName, words as inWords } from '../render/words.js';
import type { Plan, StartOptions } from '../engine/types.js';
import type { Scenario } from '../engine/model.js';
import { crisisLines } from '../render/crisis.js';
import type { Expect, TestCase } from './format.js';

export interface Failure {
  /** Where in the test file the failing answer or expectation is written. */
  path: (string | number)[];
  message: string;
  /** Diff-like lines: "- expected ...", "+ actual ...". */
  details: string[];
}

export interface CaseResult {
  name: string;
  failures: Failure[];
}

/** Every piece of text a reader of the plan sees, one entry a line. */
function planLines(plan: Plan): string[] {
  const c = crisisLines(plan.crisis, plan.safety.risk === 'unsure');
  const all = [...plan.sections, ...plan.more];
  return [
    plan.title,
    ...summaryTexts(plan),
    ...all.flatMap((s) => [inWords(s.title), ...s.points.flatMap((p) => [p.do, p.say ?? '', p.avoid ?? ''])]),
    c.heading,
    c.advice,
    ...c.items,
    c.directory,
    ...helpBlocks(plan).flatMap((b) => [b.heading, b.advice, ...b.items]),
    inWords(plan.disclaimer),
  ].filter(Boolean);
}

/** Case, spacing and curly quotes do not matter when looking for a phrase. */
export const normalise = (t: string): string =>
  t
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const words = (t: string) =>
  new Set(
    normalise(t)
      .split(/[^\p{L}\p{N}']+/u)
      .filter((w) => w.length > 2),
  );

/** The plan line sharing the most words with a phrase that was not found, to show beside it. */
function nearestLine(lines: string[], phrase: string): string | undefined {
  const want = words(phrase);
  let best: string | undefined;
  let bestScore = 0;
  for (const line of lines) {
    let score = 0;
    for (const w of words(line)) if (want.has(w)) score++;
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  return best;
}

const quoted = (t: string) => JSON.stringify(t.replace(/\s+/g, ' '));

export function runCase(scenario: Scenario, c: TestCase, index: number, options: StartOptions): CaseResult {
  const failures: Failure[] = [];
  const fail = (path: (string | number)[], message: string, details: string[] = []) =>
    failures.push({ path, message, details });
  const base = ['cases', index];

  let step = skipNotes(scenario, start(scenario, options));
  for (let i = 0; i < c.answers.length; i++) {
    if (step.done) {
      const extra = c.answers.length - i;
      fail([...base, 'answers', i], msg('testing.leftOver', { after: i, count: extra }), [
        `- expected: a question waiting for answer ${i + 1}`,
        `+ actual:   the plan "${step.plan.title}" (ending ${step.state.current.node})`,
      ]);
      return { name: c.name, failures };
    }
    const played = playLine(scenario, step, c.answers[i]!);
    if (!played.ok) {
      fail(
        [...base, 'answers', i],
        `answer ${i + 1}: ${engineWords(played.reason, played.part)} for ${questionName(scenario, played.question)}`,
        [`valid answers: ${describeOptions(played.question)}`],
      );
      return { name: c.name, failures };
    }
    step = played.step;
  }
  if (!step.done) {
    const n = c.answers.length;
    fail(
      [...base, 'answers'],
      msg('testing.answersEnded', { count: n, question: questionName(scenario, step.question) }),
      [`valid answers: ${describeOptions(step.question)}`],
    );
    return { name: c.name, failures };
  }
  if (c.expect) checkPlan(step.plan, step.state.current.node, c.expect, [...base, 'expect'], fail);
  return { name: c.name, failures };
}

function checkPlan(
  plan: Plan,
  ending: string,
  e: Expect,
  at: (string | number)[],
  fail: (path: (string | number)[], message: string, details?: string[]) => void,
): void {
  const points = [...plan.sections, ...plan.more].flatMap((s) => s.points);
  const ids = points.map((p) => p.id);
  const lines = planLines(plan);
  const all = normalise(lines.join('\n'));

  if (e.ending !== undefined && e.ending !== ending) {
    fail([...at, 'ending'], `the answers should lead to the ending "${e.ending}"`, [
      `- expected: ${e.ending}`,
      `+ actual:   ${ending} ("${plan.title}")`,
    ]);
  }
  if (e.title !== undefined && !normalise(plan.title).includes(normalise(e.title))) {
    fail([...at, 'title'], "the plan's headline should contain the phrase", [
      `- expected: ${quoted(e.title)}`,
      `+ actual:   ${quoted(plan.title)}`,
    ]);
  }
  if (e.stance !== undefined && e.stance !== plan.safety.stance) {
    fail([...at, 'stance'], `the plan's safety stance should be "${e.stance}"`, [
      `- expected: ${e.stance}`,
      `+ actual:   ${plan.safety.stance} (all: ${plan.safety.stances.join(', ')})`,
    ]);
  }
  (e.points ?? []).forEach((id, j) => {
    if (ids.includes(id)) return;
    fail([...at, 'points', j], `the plan should include the talking point "${id}"`, [
      `- expected: ${id}`,
      ...[...plan.sections, ...plan.more].map((s) => `+ ${s.id}: ${s.points.map((p) => p.id).join(', ')}`),
    ]);
  });
  (e['not-points'] ?? []).forEach((id, j) => {
    const p = points.find((x) => x.id === id);
    if (p)
      fail([...at, 'not-points', j], `the plan should not include the talking point "${id}"`, [
        `+ unexpected: ${id} (${p.section}): ${quoted(p.do)}`,
      ]);
  });
  (e.text ?? []).forEach((phrase, j) => {
    if (all.includes(normalise(phrase))) return;
    const near = nearestLine(lines, phrase);
    fail([...at, 'text', j], 'the plan should contain the phrase', [
      `- expected: ${quoted(phrase)}`,
      ...(near ? [`+ nearest:  ${quoted(near)}`] : ['+ (no line of the plan shares a word with it)']),
    ]);
  });
  (e['not-text'] ?? []).forEach((phrase, j) => {
    if (!all.includes(normalise(phrase))) return;
    const line = lines.find((l) => normalise(l).includes(normalise(phrase)));
    fail([...at, 'not-text', j], 'the plan should not contain the phrase', [`+ found in: ${quoted(line ?? phrase)}`]);
  });
}
