// Reading a typed or piped line as an answer: an option's number, id or label, case-insensitive;
// several separated by commas for a multiple choice; free text for a text question. Each kind
// reads its own (./kinds). Reasons never quote the answer: it may be private, and it ends up in logs.
import { askedKind } from './kinds/index.js';
import type { ReadAnswer, TypedWords } from './kinds/kind.js';
import type { Question } from './types.js';
import type { EngineMessageId } from './words.js';

/** `typed`: the words for yes and no in the language of the run (src/messages, typedWords). */
export function readAnswer(question: Question, raw: string, typed?: TypedWords): ReadAnswer {
  return askedKind(question).read(question, raw, typed);
}

/** How to word the valid answers (the catalogue fills in the numbered options). */
export function describeOptions(question: Question): EngineMessageId {
  return askedKind(question).describe(question);
}
