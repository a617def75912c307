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
import { keysLine, pageSize, theme } from './prompt-theme.js';
import { list, type ListConfig } from './list-prompt.js';
import { ticks, type TicksConfig } from './ticks-prompt.js';

export type Reply = { answer: Answer } | { back: true; keep?: Previous } | { crisis: true; keep?: Previous };

/** What was answered here before (after going back, or before asking for crisis help). */
export type Previous = AnswerRecord['answer'] | undefined;

const BACK = ':back';
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

/** The lines above the answer: progress as the prompt's prefix, then the question and why it is asked. */
function heading(q: Question, look: Look): { prefix: string; message: string } {
  const progress = msg('terminal.question.progress', { step: q.step, total: q.aboutTotal });
  // Wrapped here, at word boundaries, rather than broken by inquirer at the terminal's edge.
  const lines = wrap(clean(q.ask), look.width).map((l) => look.paint.bold(l));
  if (q.why) lines.push(...wrap(msg('terminal.question.why', { why: clean(q.why) }), look.width).map(look.paint.dim));
  // The prefix ends its line: inquirer joins prefix and message with a space, which trims away.
  // The blank line above goes with the prompt, so answered questions stay one line each.
  return { prefix: `\n${look.paint.dim(progress)}`, message: `\n${lines.join('\n')}` };
}

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

/** One option to choose; `before` (an option id) is highlighted when it is one. */
function listPrompt(
  q: Question,
  before: unknown,
  look: Look,
  rows: number | undefined,
  toAnswer: (v: string) => Answer,
) {
  const { prefix, message } = heading(q, look);
  const items = [...options(q), new Separator(look.marks.separator), ...extras(q, look)];
  return asList(
    {
      message,
      choices: items,
      pageSize: pageSize(items, rows, look.width),
      width: look.width,
      ...(typeof before === 'string' && q.options.some((o) => o.id === before) ? { default: before } : {}),
      theme: theme(look, prefix, keysLine(look, 'list', q.canGoBack, true)),
    },
    listReply(toAnswer),
  );
}

function ticksPrompt(q: Question, previous: Previous, look: Look, rows: number | undefined): QuestionPrompt {
  const { prefix, message } = heading(q, look);
  // Going back and crisis help are actions at the end of the list: Enter does them, Space ticks nothing.
  const items = [
    ...options(q, Array.isArray(previous) ? previous : []),
    new Separator(look.marks.separator),
    ...extras(q, look).map((e) => ({ ...e, action: true })),
  ];
  const config: TicksConfig = {
    message,
    choices: items,
    pageSize: pageSize(items, rows, look.width),
    width: look.width,
    theme: theme(look, prefix, keysLine(look, 'ticks', q.canGoBack, true)),
  };
  const reply = (values: string[]): Reply => {
    const chosen = values.filter((v) => v !== BACK && v !== CRISIS);
    if (values[0] === CRISIS) return { crisis: true, keep: chosen };
    if (values[0] === BACK) return { back: true, keep: chosen };
    return { answer: { choices: chosen } };
  };
  return { prompt: 'ticks', config, reply, crisisKey: true, start: (c) => ticks(config, c).then(reply) };
}

function textPrompt(q: Question, previous: Previous, look: Look): QuestionPrompt {
  const { prefix, message } = heading(q, look);
  // Coming back: the answer given is the default, kept with Enter (inquirer shows it, Tab edits it).
  const kept = typeof previous === 'string' && previous.trim() !== '' ? clean(previous) : undefined;
  const lines = [keysLine(look, 'text', q.canGoBack, false)];
  if (kept !== undefined) lines.unshift(msg('terminal.question.keep'));
  else if (q.placeholder) lines.unshift(msg('terminal.question.example', { example: clean(q.placeholder) }));
  const hints = lines.flatMap((l) => wrap(l, look.width)).map((l) => look.paint.dim(l));
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
  text: { prompt: textPrompt, page: false, plain: 'text' },
  note: { prompt: notePrompt, page: true, plain: 'list', fromOption: () => ({ continue: true }) },
};

/** Builds the prompt for one question of the engine. Pure apart from reading the look. */
export const questionPrompt: PromptFor = (q, previous, look, rows) => KINDS[q.kind].prompt(q, previous, look, rows);

/** Whether a question is a page to read (a note), not one to answer. */
export const isPage = (q: Question): boolean => KINDS[q.kind].page;
