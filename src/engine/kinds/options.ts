// What the kinds with a list of options (choice, multi) share.
import type { ChoiceNode, MultiNode, Option } from '../model.js';
import type { Choice } from '../types.js';
import type { AskContext, Dangling, Edge, Path, QuestionParts } from './kind.js';

type Listed = ChoiceNode | MultiNode;

/** An option by its number, id or label, case-insensitive. */
export function matchChoice(options: readonly Choice[], raw: string): Choice | undefined {
  const t = raw.trim().toLowerCase();
  if (/^\d+$/.test(t)) return options[Number(t) - 1];
  return (
    options.find((o) => o.id.toLowerCase() === t) ??
    options.find((o) => typeof o.label === 'string' && o.label.trim().toLowerCase() === t)
  );
}

// Options by id, made once per node: answering looked them up one by one, so a question with
// 10,000 options cost 10,000 comparisons an answer, and a walk of every answer grew as the square.
const indexes = new WeakMap<Listed, Map<string, { option: Option; index: number }>>();
export function optionById(node: Listed): Map<string, { option: Option; index: number }> {
  let byId = indexes.get(node);
  if (!byId) indexes.set(node, (byId = new Map(node.options.map((option, index) => [option.id, { option, index }]))));
  return byId;
}

/** The options a recorded answer chose (one id, or a list of ids), with what each did. */
export function chosenEffects(node: Listed, recorded: unknown): { answer: string; effects: Option }[] {
  const ids = typeof recorded === 'string' ? [recorded] : Array.isArray(recorded) ? recorded : [];
  const byId = optionById(node);
  return ids.flatMap((id) => {
    const o = typeof id === 'string' ? byId.get(id)?.option : undefined;
    return o ? [{ answer: o.id, effects: o }] : [];
  });
}

export function optionEdges(node: Listed): Edge[] {
  const out: Edge[] = [];
  node.options.forEach((o, i) => {
    const target = o.next ?? node.next;
    if (target !== undefined) out.push({ target, path: o.next ? ['options', i, 'next'] : ['next'], label: o.label });
  });
  return out;
}

export function danglingOptions(node: Listed): Dangling[] {
  if (node.next !== undefined) return [];
  return node.options.flatMap((o, i) => (o.next ? [] : [{ path: ['options', i], option: o.id }]));
}

export const optionRefs = (node: Listed): { id: string; path: Path }[] =>
  node.options.flatMap((o, i) => (o.add ?? []).map((id, j) => ({ id, path: ['options', i, 'add', j] })));

export const askingTexts = (node: ChoiceNode | MultiNode | { ask: string; why?: string }) => [
  { text: node.ask, path: ['ask'] },
  { text: node.why, path: ['why'] },
];

export const optionTexts = (node: Listed) => [
  ...askingTexts(node),
  ...node.options.map((o, i) => ({ text: o.label as string | undefined, path: ['options', i, 'label'] as Path })),
];

export const optionSets = (node: Listed): Record<string, string>[] =>
  node.options.flatMap((o) => (o.set ? [o.set] : []));

export const recordedOptions = (node: Listed) =>
  node.fact ? { fact: node.fact, values: node.options.map((o) => o.id) } : undefined;

export const why = (text: string | undefined, f: (t: string) => string) => (text ? { why: f(text) } : {});

export function optionQuestion(node: Listed, { fill: f }: AskContext): QuestionParts {
  return {
    ask: f(node.ask),
    ...why(node.why, f),
    options: node.options.map((o: Option): Choice => ({
      id: o.id,
      label: f(o.label),
      ...(o.hint ? { hint: f(o.hint) } : {}),
    })),
  };
}
