// A yes/no question. Its fact is "yes" or "no".
import type { Branch, YesNoNode } from '../model.js';
import type { Edge, KindSpec } from './kind.js';
import { invalidAnswer } from './kind.js';
import { askingTexts, why } from './options.js';
import { word } from '../words.js';

// The branch ids (as `talkcoach questions` lists them), their numbers, and JSON's booleans; the
// words a person types (y, sí, oui) come from the front end, in the language of the run.
const YES = ['yes', '1', 'true'];
const NO = ['no', '2', 'false'];
const BRANCHES = ['yes', 'no'] as const;
const LABEL = { yes: word('answer.yes'), no: word('answer.no') };

export const yesno: KindSpec<YesNoNode> = {
  form: 'one',
  asks: true,
  heading: (node) => node.ask,
  texts: askingTexts,
  options: () => [],
  edges(node) {
    const out: Edge[] = [];
    for (const key of BRANCHES) {
      const b: Branch = node[key] ?? {};
      const target = b.next ?? node.next;
      if (target !== undefined) out.push({ target, path: b.next ? [key, 'next'] : ['next'], label: LABEL[key] });
    }
    return out;
  },
  dangling: (node) =>
    node.next !== undefined ? [] : BRANCHES.filter((k) => !node[k]?.next).map((branch) => ({ path: [branch], branch })),
  pointRefs: (node) =>
    BRANCHES.flatMap((key) => (node[key]?.add ?? []).map((id, i) => ({ id, path: [key, 'add', i] }))),
  recorded: (node) => (node.fact ? { fact: node.fact, values: BRANCHES } : undefined),
  sets: (node) => BRANCHES.flatMap((k) => (node[k]?.set ? [node[k].set] : [])),
  answers: () => [{ yes: true }, { yes: false }],
  search: () => [{ yes: true }, { yes: false }],
  read(_q, raw, typed) {
    const line = raw.trim();
    const t = line.toLowerCase();
    if (YES.includes(t) || typed?.yes.includes(t)) return { ok: true, answer: { yes: true } };
    if (NO.includes(t) || typed?.no.includes(t)) return { ok: true, answer: { yes: false } };
    return { ok: false, reason: line ? 'read.not-yes-no' : 'read.needed' };
  },
  describe: () => 'valid.list',
  question: (node, { fill: f }) => ({
    ask: f(node.ask),
    ...why(node.why, f),
    options: BRANCHES.map((id) => ({ id, label: LABEL[id] })),
  }),
  effectsOf: (node, r) => {
    const key = r === true ? 'yes' : r === false ? 'no' : undefined;
    return key ? [{ answer: key, effects: node[key] ?? {} }] : [];
  },
  again: (r) => (typeof r === 'boolean' ? { yes: r } : undefined),
  apply(node, given, move) {
    if (!('yes' in given)) throw invalidAnswer(node.kind);
    const key = given.yes ? 'yes' : 'no';
    const branch = node[key] ?? {};
    move.remember(node.fact, key);
    move.effects(branch);
    return { next: branch.next ?? node.next, record: { answer: given.yes, shown: LABEL[key] } };
  },
};
