// One question of the engine as a prompt on @inquirer/core, looked up by the kind of node: the list, tick-list
// or text field, its progress line and why it is asked, the way back and the way to crisis help, and
// the keys said on screen. A new kind of node is one new entry in KINDS.
import { input, Separator } from '@inquirer/prompts';
import type { Answer, AnswerRecord, Question } from '../engine/types.js';
import { msg } from '../messages/index.js';
import type { Look } from '../render/screen.js';
import { wrap } from '../render/wrap.js';
import { stripUnsafe } from '../engine/typed.js';
import { words } from '../render/words.js';
import { fit, type Fitted } from './fit.js';
import { entryRows } from './list-window.js';
import { keysLine, theme } from './prompt-theme.js';
import { list, type ListConfig } from './list-prompt.js';
import { ticks, type TicksConfig } from './ticks-prompt.js';

export type Reply = { answer: Answer } | { back: true; keep?: Previous } | { crisis: true; keep?: Previous };

/** What was answered here before (after going back, or before asking for crisis help). */
export type Previous = AnswerRecord['answer'] | undefined;

const BACK = ':back';
/** Columns before an entry's name: "❯ 12. " in a list, "❯◉ " in a tick list. */
const CHOICE_INDENT = 6;
const TICK_INDENT = 3;
export const CRISIS = ':crisis';
const CONTINUE = ':continue';

/** At a text question these ask for crisis help instead of answering. */
const HELP_WORDS = /^(?:!+|help!*)$/i;

export type Item<V> = { value: V; name: string; description?: string; checked?: boolean };

/** Where a prompt draws and reads, and how the coach stops it (a key of its own, Ctrl-D). */
export interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  signal: AbortSignal;
  clearPromptOnDone: boolean;
}

type InputConfig = Parameters<typeof input>[0];

/** One question as a ready prompt: which @inquirer prompt, its config, how to read its value, and how to run it. */
export type QuestionPrompt = (
  | { prompt: 'list'; config: ListConfig; reply: (value: string) => Reply }
  | { prompt: 'ticks'; config: TicksConfig; reply: (value: string[]) => Reply }
  | { prompt: 'input'; config: InputConfig; reply: (value: string) => Reply }
) & {
  /** Whether "!" alone asks for crisis help (not where it may be part of a typed answer). */
  crisisKey: boolean;
  start: (context: PromptContext) => Promise<Reply>;
};

const asList = (config: ListConfig, reply: (v: string) => Reply, crisisKey = true): QuestionPrompt => ({
  prompt: 'list',
  config,
  reply,
  crisisKey,
  start: (c) => list(config, c).then(reply),
});

const clean = (s: string) => stripUnsafe(s);

/** The question's own lines, wrapped here at word boundaries rather than broken by inquirer at the edge. */
function questionParts(q: Question & { progress?: string }, look: Look) {
  return {
    lead: [q.progress ?? msg('terminal.question.progress', { step: q.step, total: q.aboutTotal })],
    question: wrap(clean(q.ask), look.width),
    why: q.why ? wrap(msg('terminal.question.why', { why: clean(q.why) }), look.width) : [],
    width: look.width,
  };
}

/** The lines above the answer, as they fit: progress as the prompt's prefix, then the question and why. */
function heading(f: Fitted, look: Look): { prefix: string; message: string } {
  const lines = [...f.question.map((l) => look.paint.bold(l)), ...f.why.map(look.paint.dim)];
  // The prefix ends its line: inquirer joins prefix and message with a space, which trims away.
  // The blank line above goes with the prompt, so answered questions stay one line each.
  return { prefix: `${f.blank ? '\n' : ''}${look.paint.dim(f.lead.join('\n'))}`, message: `\n${lines.join('\n')}` };
}

/** Rows a list of entries takes at this width, each after a lead of `indent` columns ("❯ 12. "). */
const rowsOf = (items: readonly (object & { name?: string })[], width: number, indent: number): number =>
  items.reduce(
    (n, i) => n + ('name' in i && typeof i.name === 'string' ? entryRows(' '.repeat(indent), i.name, width).length : 1),
    0,
  );

/** Rows of the keys line and the blank line above it. */
const keysRows = (keys: string, width: number): number => 1 + wrap(keys, width).length;

/** Rows the tallest description takes. */
const descriptionRows = (items: readonly Item<string>[], width: number): number =>
  Math.max(0, ...items.map((i) => (i.description ? wrap(i.description, width).length : 0)));

function extras(q: Question, look: Look, withCrisis = true): Item<string>[] {
  const items: Item<string>[] = [];
  if (q.canGoBack) items.push({ value: BACK, name: look.paint.dim(look.marks.back) });
  if (withCrisis) items.push({ value: CRISIS, name: look.paint.safety(msg('terminal.crisis.choice')) });
  return items;
}

const options = (q: Question, ticked?: readonly string[]): Item<string>[] =>
  q.options.map((o) => ({
    value: o.id,
    name: clean(words(o.label)),
    ...(ticked ? { checked: ticked.includes(o.id) } : {}),
    ...(o.hint ? { description: clean(o.hint) } : {}),
  }));

const listReply =
  (toAnswer: (value: string) => Answer) =>
  (value: string): Reply =>
    value === BACK ? { back: true } : value === CRISIS ? { crisis: true } : { answer: toAnswer(value) };

/** How a list of the coach's own (the situations, what next) fits: its question, page and descriptions. */
export function fitList(
  message: string,
  items: readonly Item<string>[],
  pinned: readonly (Item<string> | Separator)[],
  keys: string,
  width: number,
  rows: number | undefined,
): Fitted {
  const parts = {
    lead: [],
    question: wrap(message, width),
    why: [],
    options: rowsOf(items, width, CHOICE_INDENT),
    pinned: rowsOf(pinned, width, CHOICE_INDENT),
    description: descriptionRows(items, width),
    keys: keysRows(keys, width),
    width,
  };
  return fit(parts, rows);
}

/** A question's options, pinned actions and keys line fitted to the rows there are (fit.ts). */
function fitQuestion(
  q: Question,
  look: Look,
  rows: number | undefined,
  own: readonly Item<string>[],
  pinned: readonly (object & { name?: string })[],
  kind: 'list' | 'ticks',
  indent: number,
) {
  const keys = keysLine(look, kind, q.canGoBack, true);
  const fitted = fit(
    {
      ...questionParts(q, look),
      options: rowsOf(own, look.width, indent),
      pinned: rowsOf(pinned, look.width, indent),
      description: descriptionRows(own, look.width),
      keys: keysRows(keys, look.width),
    },
    rows,
  );
  return { keys, fitted, ...heading(fitted, look) };
}

/** One option to choose; `before` (an option id) is highlighted when it is one. */
function listPrompt(
  q: Question,
  before: unknown,
  look: Look,
  rows: number | undefined,
  toAnswer: (v: string) => Answer,
) {
  const own = options(q);
  const pinned = [new Separator(look.marks.separator), ...extras(q, look)];
  const { keys, fitted, prefix, message } = fitQuestion(q, look, rows, own, pinned, 'list', CHOICE_INDENT);
  const items = [...own, ...pinned];
  return asList(
    {
      message,
      choices: items,
      pageSize: fitted.page,
      pinned: pinned.length,
      descriptions: fitted.description,
      width: look.width,
      ...(typeof before === 'string' && q.options.some((o) => o.id === before) ? { default: before } : {}),
      theme: theme(look, prefix, keys),
    },
    listReply(toAnswer),
  );
}

function ticksPrompt(q: Question, previous: Previous, look: Look, rows: number | undefined): QuestionPrompt {
  // Going back and crisis help are actions at the end of the list: Enter does them, Space ticks nothing.
  const own = options(q, Array.isArray(previous) ? previous : []);
  const pinned = [new Separator(look.marks.separator), ...extras(q, look).map((e) => ({ ...e, action: true }))];
  const { keys, fitted, prefix, message } = fitQuestion(q, look, rows, own, pinned, 'ticks', TICK_INDENT);
  const config: TicksConfig = {
    message,
    choices: [...own, ...pinned],
    pageSize: fitted.page,
    pinned: pinned.length,
    width: look.width,
    theme: theme(look, prefix, keys),
  };
  const reply = (values: string[]): Reply => {
    const chosen = values.filter((v) => v !== BACK && v !== CRISIS);
    if (values[0] === CRISIS) return { crisis: true, keep: chosen };
    if (values[0] === BACK) return { back: true, keep: chosen };
    return { answer: { choices: chosen } };
  };
  return { prompt: 'ticks', config, reply, crisisKey: true, start: (c) => ticks(config, c).then(reply) };
}

function textPrompt(q: Question, previous: Previous, look: Look, rows?: number): QuestionPrompt {
  // Coming back: the answer given is the default, kept with Enter (inquirer shows it, Tab edits it).
  const kept = typeof previous === 'string' && previous.trim() !== '' ? clean(previous) : undefined;
  const lines = [keysLine(look, 'text', q.canGoBack, false)];
  if (kept !== undefined) lines.unshift(msg('terminal.question.keep'));
  else if (q.placeholder) lines.unshift(msg('terminal.question.example', { example: clean(q.placeholder) }));
  const hints = lines.flatMap((l) => wrap(l, look.width)).map((l) => look.paint.dim(l));
  // The hints and the line typed on are always there: what fits around them is the question.
  const fitted = fit(
    { ...questionParts(q, look), options: 0, pinned: 0, description: 0, keys: hints.length + 1 },
    rows,
  );
  const { prefix, message } = heading(fitted, look);
  const config: InputConfig = {
    message: [message, ...hints, look.plain ? msg('terminal.question.yourAnswer') : look.paint.accent('›')].join('\n'),
    ...(kept !== undefined ? { default: kept, prefill: 'tab' as const } : {}),
    theme: theme(look, prefix, ''),
  };
  const reply = (value: string): Reply =>
    HELP_WORDS.test(value.trim()) ? { crisis: true } : { answer: { text: value } };
  // At a text question "!" may be part of an answer: there it counts only on its own, with Enter.
  return { prompt: 'input', config, reply, crisisKey: false, start: (c) => input(config, c).then(reply) };
}

/** A note was shown above (screens/question.ts): here only "go on", back, and crisis help unless it showed them. */
function notePrompt(q: Question, _previous: Previous, look: Look): QuestionPrompt {
  const withCrisis = q.crisis !== true;
  return asList(
    {
      message: look.paint.bold(msg('terminal.note.ready')),
      choices: [{ value: CONTINUE, name: msg('terminal.note.continue') }, ...extras(q, look, withCrisis)],
      width: look.width,
      theme: theme(look, '', keysLine(look, 'short-list', q.canGoBack, withCrisis)),
    },
    listReply(() => ({ continue: true })),
    withCrisis,
  );
}

type PromptFor = (q: Question, previous: Previous, look: Look, rows?: number) => QuestionPrompt;

/** How the terminal treats one kind of node. */
export interface KindEntry {
  /** The prompt for it, and how the prompt's value becomes an answer. */
  prompt: PromptFor;
  /** A page to read rather than a question: drawn on arriving, not said back, passed when going back. */
  page: boolean;
  /** How the screen-reader mode asks it: a numbered list (one pick), ticks (several), or a typed line. */
  plain: 'list' | 'ticks' | 'text';
  /** For a list: the answer that picking an option (by id) gives; the one entry of a page continues. */
  fromOption?: (id: string) => Answer;
}

const chooses = (id: string): Answer => ({ choice: id });
const yesOrNo = (id: string): Answer => ({ yes: id === 'yes' });

/** One entry per kind of node: a new kind is one more entry here. */
export const KINDS: { readonly [K in Question['kind']]: KindEntry } = {
  choice: {
    prompt: (q, previous, look, rows) => listPrompt(q, previous, look, rows, chooses),
    page: false,
    plain: 'list',
    fromOption: chooses,
  },
  yesno: {
    prompt: (q, previous, look, rows) => {
      const before = typeof previous === 'boolean' ? (previous ? 'yes' : 'no') : undefined;
      return listPrompt(q, before, look, rows, yesOrNo);
    },
    page: false,
    plain: 'list',
    fromOption: yesOrNo,
  },
  multi: { prompt: ticksPrompt, page: false, plain: 'ticks' },
  text: { prompt: (q, previous, look, rows) => textPrompt(q, previous, look, rows), page: false, plain: 'text' },
  note: { prompt: notePrompt, page: true, plain: 'list', fromOption: () => ({ continue: true }) },
};

/** Builds the prompt for one question of the engine. Pure apart from reading the look. */
export const questionPrompt: PromptFor = (q, previous, look, rows) => KINDS[q.kind].prompt(q, previous, look, rows);

/** Whether a question is a page to read (a note), not one to answer. */
export const isPage = (q: Question): boolean => KINDS[q.kind].page;
