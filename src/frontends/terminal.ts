// The terminal the coach talks on: what it prints and what it asks, with @inquirer/prompts. Every
// prompt has the coach's own keys: Esc to go back, ! for crisis help, Ctrl-D to stop, and the quick
// way out (Esc twice, or Ctrl-C), which clears the screen and its scrollback and ends the run.
import { input, Separator } from '@inquirer/prompts';
import type { Question } from '../engine/types.js';
import { QuickExit, TalkcoachError } from '../errors.js';
import type { Io, Output } from '../io/types.js';
import { msg, typedWords } from '../messages/index.js';
import type { Look } from '../render/screen.js';
import { wrap } from '../render/wrap.js';
import { KeyFeed } from './key-feed.js';
import { list } from './list-prompt.js';
import { pager } from './pager.js';
import { yesNo } from './yes-no-prompt.js';
import { PlainPrompts } from './plain-prompts.js';
import { keysLine, theme } from './prompt-theme.js';
import { CRISIS, fitList, questionPrompt, type Previous, type PromptContext, type Reply } from './question-prompt.js';

type Outcome<T> = { value: T } | { back: true } | { crisis: true };

interface Keys {
  back?: boolean;
  crisis?: boolean;
}

/** The cursor shown, then the screen and (where the terminal allows, ESC[3J) its scrollback cleared. */
export const CLEAR_ALL = '\u001B[?25h\u001B[H\u001B[2J\u001B[3J';

/** The cursor to the top left, and the screen (not its scrollback) erased from there. */
const ERASE_SCREEN = '\u001B[H\u001B[J';

/** A stream that says when the terminal is resized (Node's tty.WriteStream does). */
type Resizing = { on?: (e: 'resize', f: () => void) => unknown; off?: (e: 'resize', f: () => void) => unknown };

/** The quick way out, asked for (perhaps between prompts), and the prompt it ends. */
interface Quick {
  asked: boolean;
  prompt?: AbortController;
}

/** Clears everything on the terminal: what was there stays unread. */
function quickExit(io: Io): QuickExit {
  io.stdout.write(CLEAR_ALL);
  return new QuickExit();
}

/**
 * Runs one prompt with the coach's own keys. Ctrl-D ends the whole run; Esc twice or Ctrl-C end it
 * too, the screen cleared; inquirer has already given the terminal back by then. After Ctrl-Z and
 * `fg` the prompt is drawn again. After a resize the screen is erased and the prompt built again
 * (`start` is called anew, after `measure`) for the new width and height: the terminal has rewrapped
 * what was drawn, so it cannot be redrawn in place.
 */
async function run<T>(
  io: Io,
  feed: KeyFeed,
  quick: Quick,
  keys: Keys,
  start: (context: PromptContext) => Promise<T>,
  text = false,
  measure: () => void = () => undefined,
): Promise<Outcome<T>> {
  for (let again = false; ; again = true) {
    if (quick.asked) throw quickExit(io);
    const controller = new AbortController();
    quick.prompt = controller;
    const onKey = (t: string | undefined, key: { name?: string; ctrl?: boolean; sequence?: string } | undefined) => {
      if (key?.ctrl && key.name === 'd') controller.abort('stop');
      else if (keys.back && key?.name === 'escape') controller.abort('back');
      else if (keys.crisis && (t === '!' || key?.sequence === '!')) controller.abort('crisis');
    };
    feed.input.on('keypress', onKey);
    feed.onResume = () => controller.abort('redraw');
    const onResize = () => controller.abort('resize');
    const out = io.stdout as Resizing;
    out.on?.('resize', onResize);
    try {
      // On a terminal, standard output is Node's own stream (src/io/std.ts writes straight only to pipes and files).
      const prompt = start({
        input: feed.input,
        output: io.stdout as NodeJS.WritableStream,
        signal: controller.signal,
        clearPromptOnDone: true,
      });
      feed.ready({ text, again });
      return { value: await prompt };
    } catch (e) {
      const { name, cause } = e as Error;
      const aborted = name === 'AbortPromptError';
      if (aborted && cause === 'quick') throw quickExit(io);
      if (aborted && cause === 'redraw') continue;
      if (aborted && cause === 'resize') {
        io.stdout.write(ERASE_SCREEN);
        measure();
        continue;
      }
      if (aborted && cause === 'back') return { back: true };
      if (aborted && cause === 'crisis') return { crisis: true };
      if (aborted || name === 'ExitPromptError') throw new TalkcoachError('interrupted', msg('lang.stopped'));
      throw e;
    } finally {
      feed.input.off('keypress', onKey);
      out.off?.('resize', onResize);
      quick.prompt = undefined;
    }
  }
}

export class Terminal {
  /** How to draw, for the terminal's width when last measured. */
  look: Look;

  /**
   * `lookNow` gives the look for the terminal as it is now (its width may have changed). `planOut` is
   * where a plan for standard output goes: `io.stdout` unless that was sent to a file or a pipe.
   */
  constructor(
    readonly io: Io,
    private readonly lookNow: () => Look,
    readonly planOut: Output = io.stdout,
  ) {
    this.look = lookNow();
    this.feed = new KeyFeed(io.stdin, io.stdout);
    this.feed.onQuickExit = () => {
      this.quick.asked = true;
      this.quick.prompt?.abort('quick');
    };
    // For a screen reader: questions said once and answered by number, never drawn again.
    this.plain = this.look.plain ? new PlainPrompts(io, () => this.look.width) : undefined;
  }

  private readonly feed: KeyFeed;
  private readonly quick: Quick = { asked: false };
  private readonly plain: PlainPrompts | undefined;

  /** The session is over: the terminal as it was before. */
  close(): void {
    this.feed.close();
    this.plain?.close();
  }

  /** One prompt with the coach's keys (run, above), built again for the new size after a resize. */
  private prompt<T>(keys: Keys, start: (context: PromptContext) => Promise<T>, text = false): Promise<Outcome<T>> {
    return run(this.io, this.feed, this.quick, keys, start, text, () => this.measure());
  }

  /** Measures the terminal again: the next screen is drawn for its width now (after a resize). */
  measure(): void {
    this.look = this.lookNow();
  }

  say(text = ''): void {
    this.io.stdout.write(`${text}\n`);
  }

  /** One short message, wrapped to the terminal. */
  tell(text: string, paint: (s: string) => string = (s) => s): void {
    this.say(wrap(text, this.look.width).map(paint).join('\n'));
  }

  /** `progress`: words of its own for the progress line (practice says "Exchange 3 of 4"). */
  async ask(q: Question & { progress?: string }, previous: Previous): Promise<Reply> {
    const p = questionPrompt(q, previous, this.look, this.io.stdout.rows);
    if (this.plain) return this.plain.ask(q, previous, p.crisisKey || p.prompt === 'input');
    // Built again at each try: after a resize it is wrapped and fitted to the terminal as it is now.
    const o = await this.prompt(
      { back: q.canGoBack, crisis: p.crisisKey },
      (c) => questionPrompt(q, previous, this.look, this.io.stdout.rows).start(c),
      p.prompt === 'input',
    );
    return 'value' in o ? o.value : o;
  }

  /** A list with crisis help as its last choice, for questions of the coach's own (the picker). */
  /** `start`: the value the cursor starts on. */
  async choose(
    message: string,
    items: { value: string; name: string; description?: string }[],
    start?: string,
  ): Promise<string | typeof CRISIS> {
    if (this.plain) {
      const n = await this.plain.choose(message, items);
      return n === 'crisis' ? CRISIS : items[n]!.value;
    }
    const o = await this.prompt({ crisis: true }, (c) => {
      const { look } = this;
      const pinned = [
        new Separator(look.marks.separator),
        { value: CRISIS, name: look.paint.safety(msg('terminal.crisis.choice')) },
      ];
      const keys = keysLine(look, 'list', false, true);
      const f = fitList(message, items, pinned, keys, look.width, this.io.stdout.rows);
      return list(
        {
          message: `${f.blank ? '\n' : ''}${f.question.map(look.paint.bold).join('\n')}`,
          choices: [...items, ...pinned],
          ...(start !== undefined ? { default: start } : {}),
          width: look.width,
          pageSize: f.page,
          pinned: pinned.length,
          descriptions: f.description,
          theme: theme(look, '', keys),
        },
        c,
      );
    });
    return 'value' in o ? o.value : CRISIS;
  }

  private get askMark(): string {
    return this.look.plain ? '' : this.look.paint.accent('?');
  }

  /**
   * A yes or no that waits for y or n. `byDefault`, where given, is what Enter alone answers, and
   * the keys line says so; without it Enter alone answers nothing. The answered line stays on screen.
   */
  async confirm(message: string, byDefault?: boolean): Promise<boolean> {
    if (this.plain) return this.plain.confirm(message, byDefault);
    const hint =
      byDefault === undefined
        ? 'terminal.yesno.keys'
        : byDefault
          ? 'terminal.yesno.keysDefaultYes'
          : 'terminal.yesno.keysDefaultNo';
    const o = await this.prompt({}, (c) =>
      yesNo(
        {
          message: this.look.paint.bold(message),
          words: { yes: typedWords('typed.yes'), no: typedWords('typed.no') },
          hint: msg(hint),
          nudge: msg('terminal.yesno.nudge'),
          ...(byDefault === undefined ? {} : { default: byDefault }),
          theme: this.yesNoTheme(),
        },
        c,
      ),
    );
    const yes = 'value' in o && o.value;
    this.answered(message, msg(yes ? 'terminal.yesno.yes' : 'terminal.yesno.no'));
    return yes;
  }

  private yesNoTheme() {
    const base = theme(this.look, this.askMark, '');
    return { ...base, style: { ...base.style, hint: this.look.paint.dim } };
  }

  /** The line a yes/no leaves on screen once answered: "✔ Save this plan? No". */
  private answered(message: string, answer: string): void {
    const { look } = this;
    this.say(wrap(`${look.marks.done} ${message} ${look.paint.accent(answer)}`, look.width, '  ', '').join('\n'));
  }

  /**
   * A long text a page at a time (pager.ts), from line `start`, the crisis lines one key away; left
   * with q or Esc, the screen as it was. `render` draws it for a look (again after a resize). With
   * --plain it is said whole, once.
   */
  async page(render: (look: Look) => { text: string; crisis: string; start?: number }): Promise<void> {
    if (this.plain) return this.say(render(this.look).text);
    await this.prompt({}, (c) => {
      const { text, crisis, start = 0 } = render(this.look);
      return pager(
        {
          lines: text.replace(/\n$/, '').split('\n'),
          start,
          crisis: crisis.replace(/\n$/, '').split('\n'),
          // One row spare, for the cursor's line.
          rows: (this.io.stdout.rows ?? 24) - 1,
          width: this.look.width,
          footer: (from, to, count) => msg('terminal.pager.footer', { from, to, count }),
          crisisFooter: msg('terminal.pager.crisisFooter'),
          paint: this.look.paint.dim,
        },
        c,
      );
    });
  }

  /** Waits for Enter (what is typed is not kept). */
  async pause(message: string): Promise<void> {
    if (this.plain) return this.plain.pause(message);
    await this.prompt({}, (c) => input({ message: this.look.paint.bold(message), theme: theme(this.look, '', '') }, c));
  }

  async text(message: string, byDefault: string): Promise<string> {
    if (this.plain) return this.plain.text(message, byDefault);
    const o = await this.prompt(
      {},
      (c) =>
        input(
          { message: this.look.paint.bold(message), default: byDefault, theme: theme(this.look, this.askMark, '') },
          c,
        ),
      true,
    );
    return 'value' in o ? o.value : byDefault;
  }
}
