// A question where the user picks any number of answers, or none.
import type { MultiNode } from '../model.js';
import type { Answer } from '../types.js';
import { word } from '../words.js';
import { invalidAnswer, type KindSpec } from './kind.js';
import {
  optionById,
  chosenEffects,
  matchChoice,
  optionEdges,
  optionQuestion,
  optionRefs,
  optionSets,
  optionTexts,
  recordedOptions,
} from './options.js';

/** Up to this many options, the coverage search tries every subset. */
const MAX_SUBSETS_OF = 10;

const single = (options: readonly { id: string }[]): Answer[] => [
  { choices: [] },
  ...options.map((o) => ({ choices: [o.id] })),
  { choices: options.map((o) => o.id) },
];

export const multi: KindSpec<MultiNode> = {
  form: 'any',
  asks: true,
  heading: (node) => node.ask,
  texts: optionTexts,
  options: (node) => node.options,
  // Picking an option with its own next goes there; any other pick, or none, goes to the question's next.
  edges: (node) => [
    ...optionEdges(node),
    ...(node.next !== undefined ? [{ target: node.next, path: ['next'], label: word('answer.none') }] : []),
  ],
  dangling: (node) => (node.next === undefined ? [{ path: [] }] : []),
  pointRefs: optionRefs,
  recorded: recordedOptions,
  sets: optionSets,
  answers: single,
  search(options) {
    if (options.length > MAX_SUBSETS_OF) return single(options);
    const ids = options.map((o) => o.id);
    return Array.from({ length: 2 ** ids.length }, (_, mask) => ({ choices: ids.filter((_, i) => mask & (2 ** i)) }));
  },
  read(q, raw) {
    const line = raw.trim();
    if (line === '') return { ok: true, answer: { choices: [] } };
    const ids: string[] = [];
    for (const [i, part] of line.split(',').entries()) {
      const o = matchChoice(q.options, part);
      // The part is named by its place: what was typed may be private.
      if (!o) return { ok: false, reason: part.trim() ? 'read.part-no-option' : 'read.empty-part', part: i + 1 };
      if (!ids.includes(o.id)) ids.push(o.id);
    }
    return { ok: true, answer: { choices: ids } };
  },
  describe: () => 'valid.multi',
  question: optionQuestion,
  effectsOf: chosenEffects,
  again: (r) => (Array.isArray(r) ? { choices: [...r] } : undefined),
  apply(node, given, move) {
    if (!('choices' in given)) throw invalidAnswer(node.kind);
    const byId = optionById(node);
    const found = given.choices.map((c) => byId.get(c));
    if (found.some((f) => f === undefined)) throw invalidAnswer(node.kind);
    // In the options' order, each once, as the scenario lists them.
    const chosen = [...new Set(found)].sort((a, b) => a!.index - b!.index).map((f) => f!.option);
    const ids = chosen.map((o) => o.id);
    move.remember(node.fact, ids);
    chosen.forEach(move.effects);
    const jump = chosen.find((o) => o.next)?.next;
    return {
      next: jump ?? node.next,
      record: { answer: ids, shown: chosen.map((o) => o.label).join('; ') || word('answer.none') },
    };
  },
};
