// Running one scripted play-through and checking its plan. Pure: the scenario arrives loaded.
import { helpBlocks } from '../render/safety-blocks.js';
import { summaryTexts } from '../render/summary.js';
import { playLine, skipNotes } from '../engine/play.js';
import { start } from '../engine/session.js';
import { msg, yesNoWords } from '../messages/index.js';
import { describeOptions, engineWords, questionName, words as inWords } from '../render/words.js';
import type { Plan, StartOptions } from '../engine/types.js';
import type { Scenario } from '../engine/model.js';
import type { TypedWords } from '../engine/kinds/kind.js';
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

/** `typed`: the yes and no words the answers may use (by default, the run's language's). */
export function runCase(
  scenario: Scenario,
  c: TestCase,
  index: number,
  options: StartOptions,
  typed: TypedWords = yesNoWords(),
): CaseResult {
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
    const played = playLine(scenario, step, c.answers[i]!, typed);
    if (!played.ok) {
      fail(
        [...base, 'answers', i],
        `answer ${i + 1}: ${engineWords(played.reason, played.part)} for ${questionName(scenario, played.question)}`,
        [msg('piped.validAnswers', { list: describeOptions(played.question) })],
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
      [msg('piped.validAnswers', { list: describeOptions(step.question) })],
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
    fail([...at, 'ending'], msg('authoring.expect.ending', { ending: e.ending }), [
      msg('authoring.diff.expected', { value: e.ending }),
      msg('authoring.diff.actual', { value: `${ending} ("${plan.title}")` }),
    ]);
  }
  if (e.title !== undefined && !normalise(plan.title).includes(normalise(e.title))) {
    fail([...at, 'title'], msg('authoring.expect.title'), [
      msg('authoring.diff.expected', { value: quoted(e.title) }),
      msg('authoring.diff.actual', { value: quoted(plan.title) }),
    ]);
  }
  if (e.stance !== undefined && e.stance !== plan.safety.stance) {
    fail([...at, 'stance'], msg('authoring.expect.stance', { stance: e.stance }), [
      msg('authoring.diff.expected', { value: e.stance }),
      msg('authoring.diff.actualStances', { value: plan.safety.stance, all: plan.safety.stances.join(', ') }),
    ]);
  }
  (e.points ?? []).forEach((id, j) => {
    if (ids.includes(id)) return;
    fail([...at, 'points', j], msg('authoring.expect.point', { id }), [
      msg('authoring.diff.expected', { value: id }),
      ...[...plan.sections, ...plan.more].map((s) => `+ ${s.id}: ${s.points.map((p) => p.id).join(', ')}`),
    ]);
  });
  (e['not-points'] ?? []).forEach((id, j) => {
    const p = points.find((x) => x.id === id);
    if (p)
      fail([...at, 'not-points', j], msg('authoring.expect.notPoint', { id }), [
        msg('authoring.diff.unexpected', { value: `${id} (${p.section}): ${quoted(p.do)}` }),
      ]);
  });
  (e.text ?? []).forEach((phrase, j) => {
    if (all.includes(normalise(phrase))) return;
    const near = nearestLine(lines, phrase);
    fail([...at, 'text', j], msg('authoring.expect.text'), [
      msg('authoring.diff.expected', { value: quoted(phrase) }),
      near ? msg('authoring.diff.nearest', { value: quoted(near) }) : msg('authoring.diff.noNearest'),
    ]);
  });
  (e['not-text'] ?? []).forEach((phrase, j) => {
    if (!all.includes(normalise(phrase))) return;
    const line = lines.find((l) => normalise(l).includes(normalise(phrase)));
    fail([...at, 'not-text', j], msg('authoring.expect.notText'), [
      msg('authoring.diff.foundIn', { value: quoted(line ?? phrase) }),
    ]);
  });
}
