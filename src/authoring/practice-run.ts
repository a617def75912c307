// Running a scripted practice (a test file's `practice:` case) and checking the coach's feedback.
// Pure: the practice content arrives loaded.
import {
  currentLine,
  isOver,
  lineOf,
  pick,
  startPractice,
  summarise,
  typed,
  type PracticeInput,
  type PracticeState,
} from '../engine/practice/session.js';
import type { PracticeCase } from './practice-format.js';
import { normalise, type CaseResult, type Failure } from './run.js';
import { msg } from '../messages/index.js';

export function runPracticeCase(c: PracticeCase, index: number, input: PracticeInput): CaseResult {
  const failures: Failure[] = [];
  const at = (...rest: (string | number)[]) => ['practice', index, ...rest];
  let s: PracticeState = startPractice(input.content, c.reasons ?? []);
  for (const [i, reply] of c.replies.entries()) {
    if (isOver(s)) {
      failures.push({ path: at('replies', i), message: msg('authoring.practice.over', { n: i + 1 }), details: [] });
      break;
    }
    const own = /^>\s*(.+)$/.exec(reply.trim());
    const line = currentLine(s, input).id;
    if (own) s = typed(s, input, own[1]!.trim());
    else if (lineOf(input.content, line).replies.some((r) => r.id === reply)) s = pick(s, input, reply);
    else {
      const valid = lineOf(input.content, line).replies.map((r) => r.id);
      failures.push({
        path: at('replies', i),
        message: msg('authoring.practice.notAReply', { reply, line }),
        details: valid.map((v) => `  ${v}`),
      });
      break;
    }
  }
  const e = c.expect;
  if (e && failures.length === 0) {
    const got = s.exchanges.map((x) => x.verdict);
    if (e.verdicts && e.verdicts.join() !== got.join())
      failures.push({
        path: at('expect', 'verdicts'),
        message: msg('authoring.practice.verdicts'),
        details: [`- expected ${e.verdicts.join(', ')}`, `+ actual   ${got.join(', ')}`],
      });
    const feedback = normalise(s.exchanges.map((x) => [x.feedback, ...x.skills, x.better ?? ''].join(' ')).join(' '));
    for (const [k, phrase] of (e.feedback ?? []).entries())
      if (!feedback.includes(normalise(phrase)))
        failures.push({
          path: at('expect', 'feedback', k),
          message: msg('authoring.practice.feedbackLacks', { phrase }),
          details: [],
        });
    for (const [k, phrase] of (e['not-feedback'] ?? []).entries())
      if (feedback.includes(normalise(phrase)))
        failures.push({
          path: at('expect', 'not-feedback', k),
          message: msg('authoring.practice.feedbackHas', { phrase }),
          details: [],
        });
    const signals = new Set(s.exchanges.flatMap((x) => ('typed' in x.reply ? x.reply.check.signals : [])));
    for (const [k, sig] of (e.signals ?? []).entries())
      if (!signals.has(sig))
        failures.push({
          path: at('expect', 'signals', k),
          message: msg('authoring.practice.noSignal', { signal: sig }),
          details: [`+ found ${[...signals].join(', ') || 'none'}`],
        });
    const summary = summarise(s, input);
    if (e.openness && e.openness !== summary.openness)
      failures.push({
        path: at('expect', 'openness'),
        message: msg('authoring.practice.openness', { got: summary.openness, expected: e.openness }),
        details: [],
      });
    const carry = normalise(summary.carry.join(' '));
    for (const [k, phrase] of (e.carry ?? []).entries())
      if (!carry.includes(normalise(phrase)))
        failures.push({
          path: at('expect', 'carry', k),
          message: msg('authoring.practice.carryLacks', { phrase }),
          details: summary.carry.map((x) => `+ ${x}`),
        });
  }
  return { name: c.name, failures };
}
