// Something to read before going on: no answer is asked, and nothing is recorded.
import type { NoteNode } from '../model.js';
import { invalidAnswer, type KindSpec } from './kind.js';

export const note: KindSpec<NoteNode> = {
  form: 'read',
  asks: false,
  heading: (node) => node.title,
  texts: (node) => [
    { text: node.title, path: ['title'] },
    { text: node.body, path: ['body'] },
  ],
  options: () => [],
  edges: (node) => [{ target: node.next, path: ['next'], label: '' }],
  dangling: () => [],
  pointRefs: (node) => (node.show ?? []).map((id, i) => ({ id, path: ['show', i] })),
  recorded: () => undefined,
  sets: () => [],
  answers: () => [{ continue: true }],
  search: () => [{ continue: true }],
  read: () => ({ ok: true, answer: { continue: true } }),
  describe: () => 'valid.note',
  question: (node, { fill: f, points }) => ({
    ask: f(node.title),
    options: [],
    ...(node.body ? { body: f(node.body) } : {}),
    points: points(node.show ?? []),
    crisis: node.crisis === true,
  }),
  effectsOf: () => [],
  again: () => undefined,
  apply(node, given, move) {
    if (!('continue' in given)) throw invalidAnswer(node.kind);
    move.effects({ add: node.show ?? [] });
    return { next: node.next };
  },
};
