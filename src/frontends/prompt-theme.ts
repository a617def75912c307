// How every @inquirer prompt of the coach looks: the coach's colours and marks, and the line that
// says which keys do what (in words for --plain).
import { msg, type MessageId } from '../messages/index.js';
import type { Look } from '../render/screen.js';

export type KeysKind = 'list' | 'short-list' | 'ticks' | 'text';

/** Ids that have a --plain form beside them (the same id ending in Plain). */
export type WithPlain = { [K in MessageId]: `${K}Plain` extends MessageId ? K : never }[MessageId];

/** The words for an id: with symbols, or in words for --plain. */
export const said = (look: Look, id: WithPlain): string => msg(look.plain ? `${id}Plain` : id);

const KEYS: Record<KeysKind, WithPlain[]> = {
  list: ['terminal.keys.list', 'terminal.keys.choose'],
  'short-list': ['terminal.keys.move', 'terminal.keys.choose'],
  ticks: ['terminal.keys.move', 'terminal.keys.tick', 'terminal.keys.done'],
  text: ['terminal.keys.text'],
};

export function keysLine(look: Look, kind: KeysKind, back: boolean, crisisKey: boolean): string {
  const ids = [...KEYS[kind]];
  if (back) ids.push('terminal.keys.back');
  if (crisisKey) ids.push('terminal.keys.crisis');
  else if (kind === 'text') ids.push('terminal.keys.crisisText');
  const parts = ids.map((id) => said(look, id));
  return look.plain ? `${parts.join('. ')}.` : parts.join(' · ');
}

const same = (s: string) => s;

export function theme(look: Look, prefix: string, keys: string) {
  const { paint, marks } = look;
  return {
    prefix: { idle: prefix, done: '' },
    style: {
      message: same,
      answer: same,
      highlight: paint.accent,
      help: paint.dim,
      key: (t: string) => paint.accent(`<${t}>`),
      defaultAnswer: (t: string) => paint.dim(`(${t})`),
      error: (t: string) => paint.safety(t),
      description: paint.dim,
      disabled: paint.dim,
      disabledChoice: paint.dim,
      keysHelpTip: () => paint.dim(keys),
    },
    icon: { cursor: marks.pointer, checked: marks.checked, unchecked: marks.unchecked },
    helpMode: 'always' as const,
    indexMode: 'number' as const,
  };
}
