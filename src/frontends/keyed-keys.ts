// The keys of answers keyed by question, read as node ids: a question's id or its alias (`name`
// for after-safety). A key that names no question is refused with the nearest id or alias; a
// question named twice (by its id and by its alias) too, as one answer would be lost.
import { questionKeys } from '../engine/question-keys.js';
import type { Scenario } from '../engine/model.js';
import { stripUnsafe } from '../engine/typed.js';
import { TalkcoachError } from '../errors.js';
import { didYouMean, msg } from '../messages/index.js';
import { closest } from '../scenario/suggest.js';

/** A token quoted in a message: control characters gone, and short. */
const inert = (token: string): string => {
  const clean = stripUnsafe(token).trim();
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
};

/** The answers, keyed by node id. */
export function byNodeId(scenario: Scenario, keyed: Record<string, unknown>, source: string): Record<string, unknown> {
  const keys = questionKeys(scenario);
  const see = msg('keyed.seeQuestions', { scenario: scenario.id });
  const out: Record<string, unknown> = {};
  const givenAs = new Map<string, string>();
  for (const [key, value] of Object.entries(keyed)) {
    const node = keys.get(key);
    if (node === undefined)
      throw new TalkcoachError(
        'answer',
        msg('keyed.unknownKey', { source, key: inert(key), hint: didYouMean(closest(key, [...keys.keys()])) }),
        [see],
      );
    const before = givenAs.get(node);
    if (before !== undefined)
      throw new TalkcoachError('answer', msg('keyed.twice', { source, first: before, second: key, node }), [see]);
    givenAs.set(node, key);
    out[node] = value;
  }
  return out;
}
