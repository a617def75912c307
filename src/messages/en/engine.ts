// The engine's own words (src/engine/words.ts gives the ids): answers it words itself, the usual
// plan section headings, the disclaimer, how to answer, and what its errors mean.
import type { EngineErrorCode } from '../../engine/errors.js';
import type { EngineMessageId } from '../../engine/words.js';
import type { Entry } from '../format.js';

export const engine = {
  'engine.answer.yes': 'Yes',
  'engine.answer.no': 'No',
  'engine.answer.none': 'none of these',
  'engine.answer.skipped': '(skipped)',
  'engine.plan.disclaimer':
    'This coach is not a substitute for professional help. It can help you get ready for a conversation, ' +
    "but it cannot judge anyone's safety or health. A doctor, a therapist or a crisis line can.",
  'engine.section.safety': 'Safety first',
  'engine.section.before': 'Before you talk',
  'engine.section.opening': 'How to start',
  'engine.section.listening': 'Listening well',
  'engine.section.worries': 'Their worries, and what you might say',
  'engine.section.practical': 'Practical help you can offer',
  'engine.section.if-no': 'If they say no, or not yet',
  'engine.section.boundaries': 'Looking after yourself',
  'engine.read.needed': 'an answer is needed here',
  'engine.read.no-option': 'the answer matches no option',
  'engine.read.part-no-option': 'part {part} of the answer (counting between commas) matches no option',
  'engine.read.empty-part': 'part {part} of the answer is empty (nothing between two commas)',
  'engine.read.not-yes-no': 'the answer is not yes or no',
  'engine.valid.list': '{list}',
  'engine.valid.multi': '{list}; several separated by commas, or an empty line for none',
  'engine.valid.text': 'any text, or an empty line to skip',
  'engine.valid.note': 'any line',
  'engine.option': '{n} {id} ({label})',
  'engine.question': 'question {step} ({node}: "{heading}")',
  'engine.error.invalid-answer': 'an answer this {kind} question cannot take',
  'engine.error.invalid-state': 'a session state this engine did not make (or one changed since)',
  'engine.error.invalid-options': 'start() needs its options: { crisis }, as crisisFor(region) gives them',
  'engine.error.no-previous': 'this is the first question; there is nothing to go back to',
  'engine.error.finished': 'the session has finished; there is nothing left to answer',
  'engine.error.wrong-scenario': 'this session belongs to another scenario ("{scenario}")',
  'engine.error.broken-scenario': 'the scenario is broken: it names a node or talking point it does not have',
} as const satisfies Record<`engine.${EngineMessageId}` | `engine.error.${EngineErrorCode}`, Entry> &
  Record<string, Entry>;
