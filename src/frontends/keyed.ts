// Answers keyed by question id or alias ({"name": "Sam", "reasons": ["cost", "time"]}), from a JSON or YAML
// file: each question takes the answer under its id, whatever the order or the branch. A string is
// read as a piped line is; a list answers a multiple choice item by item (so a label may hold a comma).
import { start } from '../engine/session.js';
import { answer } from '../engine/session.js';
import { matchChoice } from '../engine/kinds/options.js';
import { playLine, skipNotes } from '../engine/play.js';
import { askedKind } from '../engine/kinds/index.js';
import type { Scenario } from '../engine/model.js';
import type { Plan, StartOptions } from '../engine/types.js';
import { TalkcoachError } from '../errors.js';
import { msg, yesNoWords } from '../messages/index.js';
import { describeOptions, engineWords, questionName } from '../render/words.js';
import { stripUnsafe } from '../engine/typed.js';
import { byNodeId } from './keyed-keys.js';

type Keyed = Record<string, unknown>;

/** A token quoted in a message: control characters gone, and short. */
const inert = (token: string): string => {
  const clean = stripUnsafe(token).trim();
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
};

export function runKeyed(
  scenario: Scenario,
  given: unknown,
  options: StartOptions,
  source: string,
  /** Told of each question whose typed answer was cut to the longest kept. */
  onCut?: (question: string) => void,
): Plan {
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new TalkcoachError('answer', msg('keyed.notMapping', { source }));
  // Keys are ids or aliases (keyed-keys.ts); from here on, node ids.
  const keyed = byNodeId(scenario, given as Keyed, source);
  const see = msg('keyed.seeQuestions', { scenario: scenario.id });
  let step = skipNotes(scenario, start(scenario, options));
  while (!step.done) {
    const q = step.question;
    const where = { source, question: questionName(scenario, q) };
    const valid = [msg('keyed.valid', { list: describeOptions(q) }), see];
    if (!Object.hasOwn(keyed, q.node)) throw new TalkcoachError('inputEnded', msg('keyed.missing', where), valid);
    const value = keyed[q.node];
    if (Array.isArray(value)) {
      if (askedKind(q).form !== 'any') throw new TalkcoachError('answer', msg('keyed.listNotHere', where), valid);
      const ids: string[] = [];
      value.forEach((item, i) => {
        const text = typeof item === 'string' || typeof item === 'number' ? String(item) : '';
        const o = matchChoice(q.options, text);
        if (!o) {
          const at = { ...where, n: i + 1, count: value.length, token: inert(text) };
          throw new TalkcoachError('answer', msg(text.trim() ? 'keyed.badItem' : 'keyed.emptyItem', at), valid);
        }
        if (!ids.includes(o.id)) ids.push(o.id);
      });
      step = skipNotes(scenario, answer(scenario, step.state, { choices: ids }));
      continue;
    }
    const line =
      typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : typeof value === 'boolean'
          ? value
            ? 'yes'
            : 'no'
          : value === null
            ? ''
            : undefined;
    if (line === undefined) throw new TalkcoachError('answer', msg('keyed.badValue', where), valid);
    const played = playLine(scenario, step, line, yesNoWords());
    if (!played.ok)
      throw new TalkcoachError('answer', msg('keyed.notAnswer', { ...where, why: engineWords(played.reason) }), valid);
    if (played.cut) onCut?.(where.question);
    step = played.step;
  }
  return step.plan;
}
