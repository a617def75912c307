// Standard input and output. Node's stdin and stdout streams load a dozen modules (net, stream) on
// first use (process.stdout on a pipe: 14 ms, 0.05x; CONTRIBUTING.md, "Speed"): output to a pipe or
// a file, and input from a regular file, go straight through the descriptor instead. Input from a
// pipe keeps Node's stream, which waits for the other end without holding up signals; a terminal
// keeps both streams.
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { fs } from './fs.js';
import { fileError, kindWords, openRegular, reasonFor } from './read.js';
import type { Io, Output } from './types.js';

const { closeSync, fstatSync, openSync, readSync, statSync, writeSync, constants } = fs;

/** The longest answer line taken (a name is cut to 80 characters anyway): a bigger one is refused,
 * so that `< /dev/zero` or a runaway pipe cannot fill the memory. */
const MAX_LINE = 64 * 1024;

const code = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

/** Waits a moment without spinning, for a descriptor that is not ready yet (EAGAIN). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** What a descriptor is: a regular file, a pipe or socket, or something else (a terminal, a device). */
function kindOf(fd: number): 'file' | 'pipe' | 'other' {
  try {
    const st = fstatSync(fd);
    return st.isFile() ? 'file' : st.isFIFO() || st.isSocket() ? 'pipe' : 'other';
  } catch {
    return 'other';
  }
}

/** A failed write to standard output or error, in words (exit 6); EPIPE is never one. */
export const writeError = (e: unknown): TalkcoachError =>
  new TalkcoachError('file', msg('io.writeFailed', { why: reasonFor(code(e), 'an unknown error') }));

/** Output written straight to a descriptor. A reader that goes away (EPIPE, as with head -1) is not an
 * error: the rest is dropped. Any other failure (a full disk) is an error: exit 6, not a stack. */
function fdOutput(fd: number): Output {
  let closed = false;
  return {
    isTTY: false,
    get closed() {
      return closed;
    },
    write(text: string) {
      const bytes = Buffer.from(text, 'utf8');
      for (let done = 0; done < bytes.length && !closed;) {
        try {
          done += writeSync(fd, bytes, done);
        } catch (e) {
          if (code(e) === 'EAGAIN') pause(5);
          else if (code(e) === 'EPIPE') closed = true;
          else throw writeError(e);
        }
      }
      return true;
    },
  };
}

/** The chunks of a regular file, read as they are needed. (Only a regular file: a read waiting on
 * a pipe would hold up signals, and the exit.) */
function* fileChunks(fd: number, name: string): Generator<Uint8Array> {
  const chunk = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if (code(e) === 'EAGAIN') {
        pause(5);
        continue;
      }
      if (code(e) === 'EOF') return;
      throw fileError(name, e);
    }
    if (n === 0) return;
    yield chunk.subarray(0, n);
  }
}

/** The chunks of a named pipe opened without blocking, waiting between tries on the event loop (so
 * signals are handled). Until something has been read, an empty read means no writer yet, not the
 * end: the pipe is waited on, as a blocking read would, but never where a signal cannot end it. */
async function* pipeChunks(fd: number, name: string): AsyncGenerator<Uint8Array> {
  const chunk = Buffer.allocUnsafe(64 * 1024);
  let started = false;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if (code(e) !== 'EAGAIN') throw fileError(name, e);
      started = true;
      await new Promise((done) => setTimeout(done, 20));
      continue;
    }
    if (n === 0 && started) return;
    if (n === 0) {
      await new Promise((done) => setTimeout(done, 50));
      continue;
    }
    started = true;
    yield chunk.subarray(0, n);
  }
}

/** The lines of a file given by name (--answers): a regular file is read directly; a named pipe is
 * opened without blocking and read in turns with the event loop, so signals work while it waits;
 * anything else (a device, a folder) is refused. */
export const fileLines = (file: string): Lines => linesOf(fileSource(file));

async function* fileSource(file: string): AsyncGenerator<Uint8Array> {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    throw fileError(file, e);
  }
  if (st.isFIFO()) {
    let fd: number;
    try {
      fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    } catch (e) {
      throw fileError(file, e);
    }
    if (kindOf(fd) !== 'pipe') {
      closeSync(fd);
      throw new TalkcoachError('file', msg('io.notRegular', { file, what: kindWords(fstatSync(fd)) }));
    }
    try {
      yield* pipeChunks(fd, file);
    } finally {
      closeSync(fd);
    }
    return;
  }
  const { fd } = openRegular(file);
  try {
    yield* fileChunks(fd, file);
  } finally {
    closeSync(fd);
  }
}

/** Lines, and how many of them were read already but not yet taken (left over when a run stops early). */
export type Lines = AsyncGenerator<string> & { pending: () => number };

/** Lines end at \n, \r\n or a lone \r, as Node's readline has them; a last line needs no ending. */
export function linesOf(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Lines {
  const decoder = new TextDecoder('utf-8');
  // The line so far, in pieces, so a very long line is not copied again with every chunk.
  let line: string[] = [];
  let length = 0;
  let lineNo = 0;
  let afterCR = false;
  const tooLong = () =>
    new TalkcoachError('answer', msg('io.lineTooLong', { line: lineNo + 1, limit: '64 KiB (65,536 characters)' }));
  function* split(text: string): Generator<string> {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // The \n of a \r\n, even when a chunk ends between them.
      if (c === 10 && afterCR) {
        afterCR = false;
        start = i + 1;
        continue;
      }
      afterCR = c === 13;
      if (c !== 10 && c !== 13) continue;
      if (length + i - start > MAX_LINE) throw tooLong();
      line.push(text.slice(start, i));
      lineNo++;
      yield line.join('');
      line = [];
      length = 0;
      start = i + 1;
    }
    if (start < text.length) {
      length += text.length - start;
      if (length > MAX_LINE) throw tooLong();
      line.push(text.slice(start));
    }
  }
  // Complete lines are handed out one at a time from what one chunk held, so the rest can be counted.
  let ready: string[] = [];
  let taken = 0;
  async function* all(): AsyncGenerator<string> {
    for await (const chunk of chunks) {
      ready = [...split(decoder.decode(chunk, { stream: true }))];
      for (taken = 0; taken < ready.length;) yield ready[taken++]!;
    }
    ready = [...split(decoder.decode())];
    const last = line.join('');
    line = [];
    if (last !== '') ready.push(last);
    for (taken = 0; taken < ready.length;) yield ready[taken++]!;
  }
  return Object.assign(all(), { pending: () => ready.length - taken + (line.join('') === '' ? 0 : 1) });
}

// The terminal streams set up so far: only these may need giving back when a signal ends the run.
const streams: { stdin?: NodeJS.ReadStream; stdout?: NodeJS.WriteStream } = {};

/** Gives a terminal back as it was (no raw mode, a visible cursor), setting up no stream that was not in use. */
export function restoreTerminal(): void {
  if (streams.stdin?.isTTY) streams.stdin.setRawMode?.(false);
  if (streams.stdout?.isTTY) streams.stdout.write('\u001B[?25h');
}

/** Node's stream for a terminal, set up only when first used; a reader that goes away is not an error. */
function streamOutput(stream: () => NodeJS.WriteStream): () => Output {
  let ready: NodeJS.WriteStream | undefined;
  return () => {
    if (!ready) {
      ready = stream();
      // A terminal that went away (EIO, EPIPE): there is no one left to tell. Never a thrown error
      // from an event handler, which would print a stack.
      ready.on('error', () => undefined);
    }
    return ready;
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Standard input and outputs, and the environment given. Each stream is set up when first used. */
export function standardIo(env: Io['env']): Io {
  const input = kindOf(0);
  const plainOut = kindOf(1) !== 'other';
  // A device that is no terminal (/dev/full, /dev/null) is written to directly too, so that its
  // errors are seen; only a terminal needs Node's stream (which the coach would set up anyway).
  const out = once(() =>
    plainOut || !process.stdout.isTTY ? fdOutput(1) : streamOutput(() => (streams.stdout = process.stdout))(),
  );
  const err = once(() =>
    kindOf(2) !== 'other' || !process.stderr.isTTY ? fdOutput(2) : streamOutput(() => process.stderr)(),
  );
  const stdin = () => (streams.stdin ??= process.stdin);
  return {
    env,
    get stdin() {
      return stdin();
    },
    get stdout() {
      return out();
    },
    get stderr() {
      return err();
    },
    lines: () => (input === 'file' ? linesOf(fileChunks(0, 'standard input')) : linesOf(stdin())),
    // A pipe or a file at either end is no terminal; otherwise the streams say.
    ...(input !== 'other' || plainOut ? { terminal: false } : {}),
    ...(input !== 'other' || kindOf(2) !== 'other' ? { canAsk: false } : {}),
  };
}
