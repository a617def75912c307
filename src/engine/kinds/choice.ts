// A question with one answer from a list.
import type { ChoiceNode } from '../model.js';
import { invalidAnswer, type KindSpec } from './kind.js';
import {
  optionById,
  chosenEffects,
  danglingOptions,
  matchChoice,
  optionEdges,
  optionQuestion,
  optionRefs,
  optionSets,
  optionTexts,
  recordedOptions,
} from './options.js';

export const choice: KindSpec<ChoiceNode> = {
  form: 'one',
  asks: true,
  heading: (node) => node.ask,
  texts: optionTexts,
  options: (node) => node.options,
  edges: optionEdges,
  dangling: danglingOptions,
  pointRefs: optionRefs,
  recorded: recordedOptions,
  sets: optionSets,
  answers: (options) => options.map((o) => ({ choice: o.id })),
  search: (options) => options.map((o) => ({ choice: o.id })),
  read(q, raw) {
    const line = raw.trim();
    const o = matchChoice(q.options, line);
    if (o) return { ok: true, answer: { choice: o.id } };
    return { ok: false, reason: line ? 'read.no-option' : 'read.needed' };
  },
  describe: () => 'valid.list',
  question: optionQuestion,
  effectsOf: chosenEffects,
  again: (r) => (typeof r === 'string' ? { choice: r } : undefined),
  apply(node, given, move) {
    if (!('choice' in given)) throw invalidAnswer(node.kind);
    const option = optionById(node).get(given.choice)?.option;
    if (!option) throw invalidAnswer(node.kind);
    move.remember(node.fact, option.id);
    move.effects(option);
    return { next: option.next ?? node.next, record: { answer: option.id, shown: option.label } };
  },
};
