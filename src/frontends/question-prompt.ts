// One question of the engine as an @inquirer prompt: the list, tick-list or text field, its progress
// line and why it is asked, the way back and the way to crisis help, and the keys said on screen.
import { Separator, type checkbox, type input, type select } from '@inquirer/prompts';
import type { Answer, AnswerRecord, Question } from '../engine/types.js';
import type { Look } from '../render/screen.js';
import { wrap } from '../render/wrap.js';
import { stripUnsafe } from '../safety/sanitize.js';

export type Reply = { answer: Answer } | { back: true } | { crisis: true; keep?: Previous };

/** What was answered here before (after going back, or before asking for crisis help). */
export type Previous = AnswerRecord['answer'] | undefined;

const BACK = ':back';
export const CRISIS = ':crisis';
const CONTINUE = ':continue';
export const CRISIS_LABEL = 'I need help right now (crisis lines)';

/** At a text question these ask for crisis help instead of answering. */
const HELP_WORDS = /^(?:!+|help!*)$/i;

export type Item<V> = { value: V; name: string; description?: string; checked?: boolean };

/** One question as a ready prompt: which @inquirer prompt, its config, and how to read its value. */
export type QuestionPrompt =
  | { prompt: 'select'; config: Parameters<typeof select<string>>[0]; reply: (value: string) => Reply }
  | { prompt: 'checkbox'; config: Parameters<typeof checkbox<string>>[0]; reply: (value: string[]) => Reply }
  | { prompt: 'input'; config: Parameters<typeof input>[0]; reply: (value: string) => Reply };

const clean = (s: string) => stripUnsafe(s);
const same = (s: string) => s;

export function keysLine(
  look: Look,
  kind: 'list' | 'short-list' | 'ticks' | 'text',
  back: boolean,
  crisisKey: boolean,
): string {
  const p = look.plain;
  const parts = {
    list: p ? ['Arrow keys move, or type a number', 'Enter chooses'] : ['↑↓ or a number to move', '⏎ choose'],
    'short-list': p ? ['Arrow keys move', 'Enter chooses'] : ['↑↓ move', '⏎ choose'],
    ticks: p ? ['Arrow keys move', 'Space ticks or unticks', 'Enter when done'] : ['↑↓ move', 'space tick', '⏎ done'],
    text: p ? ['Type your answer and press Enter, or press Enter to skip'] : ['⏎ answer (or skip)'],
  }[kind];
  if (back) parts.push(p ? 'Escape goes back' : 'Esc back');
  if (crisisKey) parts.push(p ? 'Exclamation mark for crisis help now' : '! crisis help now');
  else if (kind === 'text')
    parts.push(p ? 'Type an exclamation mark and press Enter for crisis help now' : '! then ⏎ crisis help now');
  return parts.join(p ? '. ' : ' · ') + (p ? '.' : '');
}

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

/** The lines above the answer: progress as the prompt's prefix, then the question and why it is asked. */
function heading(q: Question, look: Look): { prefix: string; message: string } {
  const progress = `Question ${q.step} of about ${q.aboutTotal}`;
  // Wrapped here, at word boundaries, rather than broken by inquirer at the terminal's edge.
  const lines = wrap(clean(q.ask), look.width).map((l) => look.paint.bold(l));
  if (q.why) lines.push(...wrap(`Why we ask: ${clean(q.why)}`, look.width).map((l) => look.paint.dim(l)));
  // The prefix ends its line: inquirer joins prefix and message with a space, which trims away.
  // The blank line above goes with the prompt, so answered questions stay one line each.
  return { prefix: `\n${look.paint.dim(progress)}`, message: `\n${lines.join('\n')}` };
}

function extras(q: Question, look: Look, withCrisis = true): Item<string>[] {
  const items: Item<string>[] = [];
  if (q.canGoBack) items.push({ value: BACK, name: look.paint.dim(look.marks.back) });
  if (withCrisis) items.push({ value: CRISIS, name: look.paint.safety(CRISIS_LABEL) });
  return items;
}

export const pageSize = (count: number, rows: number | undefined) => Math.max(5, Math.min(count, (rows ?? 24) - 8));

const listReply =
  (toAnswer: (value: string) => Answer) =>
  (value: string): Reply =>
    value === BACK ? { back: true } : value === CRISIS ? { crisis: true } : { answer: toAnswer(value) };

/** Builds the prompt for one question of the engine. Pure apart from reading the look. */
export function questionPrompt(q: Question, previous: Previous, look: Look, rows?: number): QuestionPrompt {
  const { prefix, message } = heading(q, look);
  const sep = new Separator(look.marks.separator);
  switch (q.kind) {
    case 'choice':
    case 'yesno': {
      const items: (Item<string> | Separator)[] = [
        ...q.options.map((o): Item<string> => ({
          value: o.id,
          name: clean(o.label),
          ...(o.hint ? { description: clean(o.hint) } : {}),
        })),
        sep,
        ...extras(q, look),
      ];
      const before =
        typeof previous === 'boolean' ? (previous ? 'yes' : 'no') : typeof previous === 'string' ? previous : undefined;
      return {
        prompt: 'select',
        config: {
          message,
          choices: items,
          loop: false,
          pageSize: pageSize(items.length, rows),
          ...(before !== undefined && q.options.some((o) => o.id === before) ? { default: before } : {}),
          theme: theme(look, prefix, keysLine(look, 'list', q.canGoBack, true)),
        },
        reply: listReply((v) => (q.kind === 'yesno' ? { yes: v === 'yes' } : { choice: v })),
      };
    }
    case 'multi': {
      const ticked = Array.isArray(previous) ? previous : [];
      const items: (Item<string> | Separator)[] = [
        ...q.options.map((o): Item<string> => ({
          value: o.id,
          name: clean(o.label),
          checked: ticked.includes(o.id),
          ...(o.hint ? { description: clean(o.hint) } : {}),
        })),
        sep,
        ...extras(q, look),
      ];
      return {
        prompt: 'checkbox',
        config: {
          message,
          choices: items,
          loop: false,
          pageSize: pageSize(items.length, rows),
          // "All" and "invert" would tick going back and crisis help too.
          shortcuts: { all: null, invert: null },
          theme: theme(look, prefix, keysLine(look, 'ticks', q.canGoBack, true)),
        },
        reply: (values) => {
          const chosen = values.filter((v) => v !== BACK && v !== CRISIS);
          if (values.includes(CRISIS)) return { crisis: true, keep: chosen };
          if (values.includes(BACK)) return { back: true };
          return { answer: { choices: chosen } };
        },
      };
    }
    case 'text': {
      const lines = [keysLine(look, 'text', q.canGoBack, false)];
      if (q.placeholder) lines.unshift(`For example: ${clean(q.placeholder)}`);
      return {
        prompt: 'input',
        config: {
          message: `${message}\n${lines
            .flatMap((l) => wrap(l, look.width))
            .map((l) => look.paint.dim(l))
            .join('\n')}\n${look.plain ? 'Your answer:' : look.paint.accent('›')}`,
          theme: theme(look, prefix, ''),
        },
        reply: (value) => (HELP_WORDS.test(value.trim()) ? { crisis: true } : { answer: { text: value } }),
      };
    }
    case 'note': {
      const items: (Item<string> | Separator)[] = [
        { value: CONTINUE, name: 'Continue' },
        ...extras(q, look, q.crisis !== true),
      ];
      return {
        prompt: 'select',
        config: {
          message: look.paint.bold('Ready to go on?'),
          choices: items,
          loop: false,
          theme: theme(look, '', keysLine(look, 'short-list', q.canGoBack, q.crisis !== true)),
        },
        reply: listReply(() => ({ continue: true })),
      };
    }
  }
}
