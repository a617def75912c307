// The questions for a screen reader (--plain, TALKCOACH_PLAIN=1): each question and its numbered
// options said once, then a typed line read (a number, or several for a multiple choice). Nothing is
// drawn again, moved or coloured; the terminal stays in its ordinary line mode.
import { createInterface } from 'node:readline';
import type { Answer, Question } from '../engine/types.js';
import { TalkcoachError } from '../errors.js';
import type { Io } from '../io/types.js';
import { msg, typedWords } from '../messages/index.js';
import { wrap } from '../render/wrap.js';
import { words as wordsOf } from '../render/words.js';
import { stripUnsafe } from '../engine/typed.js';
import { KINDS, type Previous, type Reply } from './question-prompt.js';

/** At a text question these ask for crisis help instead of answering. */
const HELP_WORDS = /^(?:!+|help!*)$/i;

type Entry = { label: string; reply: Reply };

export class PlainPrompts {
  private readonly waiting: ((line: string | undefined) => void)[] = [];
  private readonly ready: string[] = [];
  private ended = false;
  private reader: ReturnType<typeof createInterface> | undefined;

  constructor(
    private readonly io: Io,
    private readonly width: () => number,
  ) {}

  private say(text: string): void {
    this.io.stdout.write(`${wrap(text, this.width()).join('\n')}\n`);
  }

  /** The next line typed; Ctrl-D (the end of input) stops the run, as in the other prompts. */
  private async line(): Promise<string> {
    if (!this.reader) {
      (this.io.stdin as { setRawMode?: (on: boolean) => void }).setRawMode?.(false);
      this.reader = createInterface({ input: this.io.stdin, terminal: false });
      this.reader.on('line', (l) => (this.waiting.length > 0 ? this.waiting.shift()!(l) : this.ready.push(l)));
      this.reader.on('close', () => {
        this.ended = true;
        for (const w of this.waiting.splice(0)) w(undefined);
      });
    }
    const next =
      this.ready.length > 0
        ? this.ready.shift()
        : this.ended
          ? undefined
          : await new Promise<string | undefined>((r) => this.waiting.push(r));
    if (next === undefined) throw new TalkcoachError('interrupted', msg('lang.stopped'));
    return next.trim();
  }

  close(): void {
    this.reader?.close();
  }

  /** Says the numbered entries once, then reads until one (or, with `several`, a list) is given. */
  /** `words`: a word that stands for an entry ("back", "!"). */
  private async pick(
    entries: readonly string[],
    several: boolean,
    hint: string,
    keep?: number[],
    words: Record<string, number> = {},
  ): Promise<number[]> {
    entries.forEach((e, i) => this.say(`${i + 1}. ${e}`));
    this.say(hint);
    for (;;) {
      const typed = await this.line();
      const parts = typed.split(',').map((p) => p.trim());
      const numbers = parts.map(Number);
      const fits = (n: number) => Number.isInteger(n) && n >= 1 && n <= entries.length;
      const word = words[typed.toLowerCase()];
      if (word !== undefined) return [word];
      if (typed === '' && keep) return keep;
      if (typed === '' && several) return [];
      if (typed !== '' && (several || parts.length === 1) && numbers.every(fits)) return numbers.map((n) => n - 1);
      this.say(msg('terminal.plain.wrong', { typed, count: entries.length }));
    }
  }

  async ask(q: Question & { progress?: string }, previous: Previous, crisisKey: boolean): Promise<Reply> {
    this.say('');
    this.say(q.progress ?? msg('terminal.plain.progress', { step: q.step, total: q.aboutTotal }));
    this.say(stripUnsafe(q.ask));
    if (q.why) this.say(msg('terminal.question.why', { why: stripUnsafe(q.why) }));
    const kind = KINDS[q.kind];
    if (kind.plain === 'text') return this.askText(q, previous);
    const actions: Entry[] = [];
    if (q.canGoBack) actions.push({ label: msg('terminal.plain.back'), reply: { back: true } });
    if (crisisKey) actions.push({ label: msg('terminal.crisis.choice'), reply: { crisis: true } });
    if (kind.plain === 'ticks') return this.askTicks(q, previous, actions);
    const answerOf = kind.fromOption ?? ((id: string): Answer => ({ choice: id }));
    // A page has no options of its own: its one entry goes on.
    const options: Entry[] = kind.page
      ? [{ label: msg('terminal.note.continue'), reply: { answer: answerOf('') } }]
      : q.options.map((o) => ({ label: stripUnsafe(wordsOf(o.label)), reply: { answer: answerOf(o.id) } }));
    const id = typeof previous === 'boolean' ? (previous ? 'yes' : 'no') : previous;
    const before = q.options.findIndex((o) => o.id === id);
    const all = [...options, ...actions];
    const hint =
      before >= 0 ? msg('terminal.plain.chooseBefore', { number: before + 1 }) : msg('terminal.plain.choose');
    const [n] = await this.pick(
      all.map((e) => e.label),
      false,
      hint,
      before >= 0 ? [before] : undefined,
      this.words(all),
    );
    return all[n!]!.reply;
  }

  /** "back" and "!" (or "help") type the way back and crisis help, where the list has them. */
  private words(all: readonly Entry[]): Record<string, number> {
    const words: Record<string, number> = {};
    all.forEach((e, i) => {
      if ('back' in e.reply) for (const w of typedWords('typed.back')) words[w] = i;
      if ('crisis' in e.reply) for (const w of ['!', ...typedWords('typed.help')]) words[w] = i;
    });
    return words;
  }

  private async askTicks(q: Question, previous: Previous, actions: Entry[]): Promise<Reply> {
    const ticked = Array.isArray(previous) ? previous.filter((p): p is string => typeof p === 'string') : [];
    const labels = [...q.options.map((o) => stripUnsafe(wordsOf(o.label))), ...actions.map((a) => a.label)];
    const before = q.options.flatMap((o, i) => (ticked.includes(o.id) ? [i] : []));
    const hint = before.length
      ? msg('terminal.plain.ticksBefore', { numbers: before.map((i) => i + 1).join(', ') })
      : msg('terminal.plain.ticks');
    const offset = (w: Record<string, number>) =>
      Object.fromEntries(Object.entries(w).map(([k, i]) => [k, i + q.options.length]));
    const chosen = await this.pick(labels, true, hint, before.length ? before : undefined, offset(this.words(actions)));
    const action = chosen.find((i) => i >= q.options.length);
    const choices = chosen.filter((i) => i < q.options.length).map((i) => q.options[i]!.id);
    if (action !== undefined) {
      const reply = actions[action - q.options.length]!.reply;
      return 'answer' in reply ? reply : { ...reply, keep: choices.length ? choices : ticked };
    }
    return { answer: { choices } };
  }

  private async askText(q: Question, previous: Previous): Promise<Reply> {
    const kept = typeof previous === 'string' && previous.trim() !== '' ? stripUnsafe(previous) : undefined;
    if (kept !== undefined) this.say(msg('terminal.plain.textBefore', { answer: kept }));
    else if (q.placeholder) this.say(msg('terminal.question.example', { example: stripUnsafe(q.placeholder) }));
    this.say(msg(q.canGoBack ? 'terminal.plain.textWithBack' : 'terminal.plain.text'));
    const typed = await this.line();
    if (HELP_WORDS.test(typed)) return { crisis: true };
    if (q.canGoBack && /^back$/i.test(typed)) return { back: true };
    return { answer: { text: typed === '' && kept !== undefined ? kept : typed } };
  }

  /** A list of the coach's own (the picker); the index chosen, or crisis help. */
  async choose(message: string, items: { name: string; description?: string }[]): Promise<number | 'crisis'> {
    this.say('');
    this.say(message);
    const labels = [...items.map((i) => (i.description ? `${i.name}. ${i.description}` : i.name))];
    const [n] = await this.pick([...labels, msg('terminal.crisis.choice')], false, msg('terminal.plain.choose'));
    return n! < items.length ? n! : 'crisis';
  }

  /** Without `byDefault`, Enter alone answers nothing: the question waits for y or n. */
  async confirm(message: string, byDefault?: boolean): Promise<boolean> {
    const how =
      byDefault === undefined
        ? 'terminal.plain.yesOrNoAsk'
        : byDefault
          ? 'terminal.plain.yesDefault'
          : 'terminal.plain.noDefault';
    this.say(`${message} ${msg(how)}`);
    for (;;) {
      const typed = (await this.line()).toLowerCase();
      if (typed === '' && byDefault !== undefined) return byDefault;
      if (typedWords('typed.yes').includes(typed)) return true;
      if (typedWords('typed.no').includes(typed)) return false;
      this.say(msg('terminal.plain.yesOrNo'));
    }
  }

  async text(message: string, byDefault: string): Promise<string> {
    this.say(msg('terminal.plain.textDefault', { message, default: byDefault }));
    return (await this.line()) || byDefault;
  }

  async pause(message: string): Promise<void> {
    this.say(message);
    await this.line();
  }
}
