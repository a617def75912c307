// The keys of the whole session, passed on to one prompt at a time. The terminal stays in raw mode
// from the first prompt to the last, and the prompts read from a stream of our own, so that:
// - keys typed right after an answer (Enter, then the next answer at once) wait for the next prompt
//   instead of going to the prompt that just ended;
// - Ctrl-Z suspends as any terminal program does: the terminal given back, the process stopped, and
//   on `fg` raw mode again and the prompt drawn anew;
// - a paste into a text field is cut to a little over what an answer keeps: inquirer draws the whole prompt again
//   for every character, so 5,000 pasted characters took half a minute;
// - the quick way out (Esc twice within a second, or Ctrl-C) is seen the moment it is typed, even
//   between prompts or with keys held, and goes to no prompt.
import { PassThrough, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Output } from '../io/types.js';

/** The most characters a text field takes: well over what is kept (80, engine/typed.ts). */
export const TEXT_LIMIT = 100;

/** How long keys wait for the next prompt before going to the one still on screen. */
const STILL_THERE_MS = 300;
const SHOW_CURSOR = '\u001B[?25h';
const CTRL_Z = '\u001A';
const CTRL_C = '\u0003';
const ESC = '\u001B';
/** Two lone Escs this close together are the quick way out; one alone goes back. */
export const QUICK_ESCAPE_MS = 1000;
const isBackspace = (c: string) => c === '\b' || c === '\u007F';
/** A key that ends a prompt: what follows it waits for the next one. A lone Esc goes back. */
const ENDS = /[\r\n]/;
// eslint-disable-next-line no-control-regex
const ESCAPE = /^\u001B(?:\[[0-9;?]*[ -/]*[@-~]|O.)/;

type Stdin = Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

export interface FeedInput extends PassThrough {
  isTTY: true;
  setRawMode: (raw: boolean) => FeedInput;
}

export class KeyFeed {
  /** What the prompts read: the keys, one prompt's worth at a time. */
  readonly input: FeedInput;
  private readonly decoder = new StringDecoder('utf8');
  private held = '';
  private waiting = false;
  private limit: number | undefined;
  private typed = 0;
  /** What is in the text field, as far as the keys tell (arrow keys moving in it are not followed). */
  private line = '';
  private started = false;
  /** Prompts made ready so far: tells whether a new one came. */
  private prompts = 0;
  /** Called after `fg`: the prompt on screen is drawn again. */
  onResume: () => void = () => undefined;
  /** Called on the quick way out: Esc twice within QUICK_ESCAPE_MS, or Ctrl-C. */
  onQuickExit: () => void = () => undefined;
  /** When the last lone Esc came, while a second one would be the quick way out. */
  private lastEscape: number | undefined;

  constructor(
    private readonly stdin: Stdin,
    private readonly output: Output,
    private readonly suspend: () => void = () => process.kill(process.pid, 'SIGTSTP'),
    private readonly now: () => number = Date.now,
  ) {
    // The prompts turn raw mode on and off as they start and end; here it stays on between them.
    const input = new PassThrough() as unknown as FeedInput;
    input.isTTY = true;
    input.setRawMode = () => input;
    this.input = input;
  }

  /** A prompt is ready for keys: give it those typed ahead. `text`: a text field, cut at TEXT_LIMIT. */
  ready({ text = false, again = false }: { text?: boolean; again?: boolean } = {}): void {
    if (!this.started) this.start();
    this.prompts++;
    this.limit = text ? TEXT_LIMIT : undefined;
    this.typed = 0;
    this.waiting = false;
    // Drawn again after `fg`: what was typed in the field is typed again.
    const ahead = (again && text ? this.line : '') + this.held;
    this.line = '';
    this.held = '';
    if (ahead) this.take(ahead);
  }

  /** The keys held go on to the prompt still on screen, which the last key did not end. */
  private release(): void {
    this.waiting = false;
    const ahead = this.held;
    this.held = '';
    if (ahead) this.take(ahead);
  }

  /** The session is over: the terminal as it was. */
  close(): void {
    if (!this.started) return;
    this.started = false;
    this.stdin.off('data', this.onData);
    this.stdin.setRawMode?.(false);
    this.stdin.pause();
  }

  private start(): void {
    this.started = true;
    this.stdin.setRawMode?.(true);
    this.stdin.on('data', this.onData);
    this.stdin.resume();
  }

  private readonly onData = (chunk: Buffer | string): void => {
    const keys = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    if (this.quick(keys)) return this.onQuickExit();
    this.take(keys);
  };

  /** Whether `keys` make the quick way out: Ctrl-C, or a second lone Esc within QUICK_ESCAPE_MS. */
  private quick(keys: string): boolean {
    if (keys.includes(CTRL_C)) return true;
    // An arrow key that came in two pieces (Esc, then "[A") was no Esc of its own.
    if (this.lastEscape !== undefined && /^[[O]/.test(keys)) this.lastEscape = undefined;
    // A lone Esc is one followed by another or by nothing (Alt+Up is Esc, Esc, "[A": one lone Esc).
    for (let i = keys.indexOf(ESC); i >= 0; i = keys.indexOf(ESC, i + 1)) {
      if (i + 1 < keys.length && keys[i + 1] !== ESC) continue;
      const at = this.now();
      if (this.lastEscape !== undefined && at - this.lastEscape <= QUICK_ESCAPE_MS) return true;
      this.lastEscape = at;
    }
    return false;
  }

  private take(keys: string): void {
    const z = keys.indexOf(CTRL_Z);
    if (z >= 0) {
      this.take(keys.slice(0, z));
      this.stop();
      this.take(keys.slice(z + 1));
      return;
    }
    if (this.waiting) {
      this.held += keys;
      return;
    }
    const end = keys.search(ENDS);
    const now = end >= 0 ? keys.slice(0, end + 1) : keys;
    this.input.write(this.cut(now));
    if (end >= 0 || keys === '\u001B') {
      this.waiting = true;
      this.held += keys.slice(now.length);
      // A key that ended nothing (Esc where there is no way back): the keys go on to the same prompt.
      const prompts = this.prompts;
      setTimeout(() => {
        if (this.waiting && this.prompts === prompts && this.started) this.release();
      }, STILL_THERE_MS).unref();
    }
  }

  /** At a text field, printable characters past the limit are dropped (keys and Enter pass). */
  private cut(keys: string): string {
    if (this.limit === undefined) return keys;
    let out = '';
    for (let i = 0; i < keys.length; i++) {
      // An escape sequence (an arrow key) passes whole and counts for nothing.
      const sequence = ESCAPE.exec(keys.slice(i))?.[0];
      if (sequence) {
        out += sequence;
        i += sequence.length - 1;
        continue;
      }
      const c = keys[i]!;
      const printable = c >= ' ' && c !== '\u007F';
      if (isBackspace(c)) {
        this.typed = Math.max(0, this.typed - 1);
        this.line = [...this.line].slice(0, -1).join('');
      }
      if (printable && this.typed >= this.limit) continue;
      if (printable) {
        this.typed++;
        this.line += c;
      }
      out += c;
    }
    return out;
  }

  /** Ctrl-Z: the terminal given back and the process stopped; on `fg`, raw mode and the prompt again. */
  private stop(): void {
    this.output.write(SHOW_CURSOR);
    this.stdin.setRawMode?.(false);
    process.once('SIGCONT', () => {
      this.stdin.setRawMode?.(true);
      this.onResume();
    });
    this.suspend();
  }
}
