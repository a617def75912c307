// Short free text, such as a name. May be skipped; then fill-ins use the default.
import type { TextNode } from '../model.js';
import { cleanTyped } from '../typed.js';
import type { Answer } from '../types.js';
import { word } from '../words.js';
import { invalidAnswer, type KindSpec } from './kind.js';
import { askingTexts, why } from './options.js';

/** Skipped, and a name: enough to take the only way on and to see a fill-in filled. */
const TRIED: Answer[] = [{ text: '' }, { text: 'Sam' }];

export const text: KindSpec<TextNode> = {
  form: 'typed',
  asks: true,
  heading: (node) => node.ask,
  texts: askingTexts,
  options: () => [],
  // Any answer (or none) goes on: no label.
  edges: (node) => (node.next !== undefined ? [{ target: node.next, path: ['next'], label: '' }] : []),
  dangling: (node) => (node.next === undefined ? [{ path: [] }] : []),
  pointRefs: () => [],
  recorded: (node) => ({ fact: node.fact, values: 'any' }),
  sets: () => [],
  answers: () => TRIED,
  search: (_options, wanted) => [...TRIED, ...wanted.map((t) => ({ text: t }))],
  read: (_q, raw) => ({ ok: true, answer: { text: raw } }),
  describe: () => 'valid.text',
  question: (node, { fill: f }) => ({
    ask: f(node.ask),
    ...why(node.why, f),
    options: [],
    default: f(node.default),
    ...(node.placeholder ? { placeholder: f(node.placeholder) } : {}),
  }),
  fallback: (node) => ({ fact: node.fact, text: node.default }),
  effectsOf: () => [],
  again: (r) => (typeof r === 'string' || r === null ? { text: r ?? '' } : undefined),
  apply(node, given, move) {
    if (!('text' in given)) throw invalidAnswer(node.kind);
    const typed = cleanTyped(given.text);
    move.remember(node.fact, typed || undefined);
    return { next: node.next, record: { answer: typed || null, shown: typed || word('answer.skipped') } };
  },
};
