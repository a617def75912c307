// An ending: the plan is made here, so there is nothing to ask, read or walk on from.
import type { EndNode } from '../model.js';
import { finished, type KindSpec } from './kind.js';

export const end: KindSpec<EndNode> = {
  form: 'ending',
  asks: false,
  heading: (node) => node.title,
  texts: (node) => [{ text: node.title, path: ['title'] }],
  options: () => [],
  edges: () => [],
  dangling: () => [],
  pointRefs: (node) => node.add.map((id, i) => ({ id, path: ['add', i] })),
  recorded: () => undefined,
  sets: () => [],
  answers: () => [],
  search: () => [],
  read: finished,
  describe: finished,
  question: finished,
  apply: finished,
  effectsOf: () => [],
  again: () => undefined,
  ending: (node) => ({ title: node.title, add: node.add }),
};
