// The engine's output in words: its message ids looked up in the catalogue, and the scenario's own
// text left as it is. Every renderer and front end words engine output through here.
import { describeOptions as describeId } from '../engine/answer-text.js';
import type { EngineError } from '../engine/errors.js';
import { plainHeading } from '../engine/play.js';
import { SECTIONS, type Scenario, type SectionId } from '../engine/model.js';
import type { Question } from '../engine/types.js';
import type { EngineMessageId, Words } from '../engine/words.js';
import { msg } from '../messages/index.js';

export const words = (w: Words): string => (typeof w === 'string' ? w : msg(`engine.${w.id}`));

/** Words for one of the engine's ids, such as why a line is not an answer. */
export const engineWords = (id: EngineMessageId, part?: number): string =>
  msg(`engine.${id}`, part === undefined ? undefined : { part });

/** The valid answers of a question, as shown in messages: "1 yes (Yes), 2 no (No)". */
export function describeOptions(q: Question): string {
  const list = q.options.map((o, i) => msg('engine.option', { n: i + 1, id: o.id, label: words(o.label) })).join(', ');
  return msg(`engine.${describeId(q)}`, { list });
}

/** Names a question without echoing anything the user typed: fill-ins show their defaults. */
export const questionName = (scenario: Scenario, q: Question): string =>
  msg('engine.question', { step: q.step, node: q.node, heading: plainHeading(scenario, q) });

/** What an engine error means, without any answer in it. */
export const engineErrorWords = (e: EngineError): string =>
  msg(`engine.error.${e.code}`, { kind: e.params.kind ?? '', scenario: e.params.scenario ?? '' });

/** The disclaimer every plan ends with, and the usual section headings, in the language of the run
 * (read when called: the language is chosen after this module is loaded). */
export const disclaimer = (): string => msg('engine.plan.disclaimer');
export const sectionTitles = (): Record<SectionId, string> =>
  Object.fromEntries(SECTIONS.map((s) => [s, msg(`engine.section.${s}`)])) as Record<SectionId, string>;
