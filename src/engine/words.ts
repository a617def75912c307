// The engine holds no English: where its output needs words of its own (not the scenario's), it
// gives a message id, and the layers above look the words up in the catalogue (src/messages).
import type { SectionId } from './model.js';

export type EngineMessageId =
  | 'answer.yes'
  | 'answer.no'
  | 'answer.none'
  | 'answer.skipped'
  | 'plan.disclaimer'
  | `section.${SectionId}`
  | 'read.needed'
  | 'read.no-option'
  | 'read.part-no-option'
  | 'read.empty-part'
  | 'read.not-yes-no'
  | 'valid.list'
  | 'valid.multi'
  | 'valid.text'
  | 'valid.note';

/** Words from the scenario (a string), or words the engine needs (an id for the catalogue). */
export type Words = string | { id: EngineMessageId };

export const word = (id: EngineMessageId): Words => ({ id });
