// The table of node kinds: one entry per kind. Adding a kind means one entry here (and its prompt
// in the interactive front end).
import type { NodeKind, NodeOf, ScenarioNode } from '../model.js';
import type { Question } from '../types.js';
import { choice } from './choice.js';
import { end } from './end.js';
import type { KindSpec } from './kind.js';
import { multi } from './multi.js';
import { note } from './note.js';
import { text } from './text.js';
import { yesno } from './yesno.js';

export const KINDS: { readonly [K in NodeKind]: KindSpec<NodeOf<K>> } = { choice, multi, yesno, text, note, end };

/** The entry for a node's kind. */
export const kindOf = <N extends ScenarioNode>(node: N): KindSpec<N> => KINDS[node.kind] as KindSpec<N>;

/** The entry for a question's kind. */
export const askedKind = (q: Pick<Question, 'kind'>): KindSpec<ScenarioNode> => KINDS[q.kind];
