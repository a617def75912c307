// Standard input and output as plain file descriptors. Node's stdin and stdout streams load a dozen
// modules (net, stream, readline) on first use, a good share of a piped run's start-up; a pipe or a
// file needs none of that, so text is read and written with plain reads and writes. A terminal
// keeps the real streams (see src/cli.ts).
import { fs } from './fs.js';
import type { Io, Output } from '../commands/context.js';
import { fileError } from '../scenario/files.js';

const { closeSync, fstatSync, openSync, readSync, writeSync } = fs;

const code = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

/** Waits a moment without spinning, for a descriptor that is not ready yet (EAGAIN). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A pipe, a socket or a file: anything but a terminal (or another device), which gets a stream. */
export function isPlain(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    return st.isFIFO() || st.isFile() || st.isSocket();
  } catch {
    return false;
  }
}

/** Output written straight to a descriptor. A reader that goes away (EPIPE, as with head -1) is not an error: the rest is dropped. */
export function fdOutput(fd: number): Output {
  let closed = false;
  return {
    isTTY: false,
    write(text: string) {
      const bytes = Buffer.from(text, 'utf8');
      for (let done = 0; done < bytes.length && !closed; ) {
        try {
          done += writeSync(fd, bytes, done);
        } catch (e) {
          if (code(e) === 'EAGAIN') pause(5);
          else if (code(e) === 'EPIPE') closed = true;
          else throw e;
        }
      }
      return true;
    },
  };
}

/** The lines of a file, read as they are needed. */
export function* fileLines(file: string): Generator<string> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw fileError(file, e);
  }
  try {
    yield* readLines(fd, file);
  } finally {
    closeSync(fd);
  }
}

/** Lines end at \n, \r\n or a lone \r, as Node's readline has them; a last line needs no ending. */
export function* readLines(fd: number, name: string): Generator<string> {
  const chunk = Buffer.allocUnsafe(64 * 1024);
  const decoder = new TextDecoder('utf-8');
  // The line so far, in pieces, so a very long line is not copied again with every chunk.
  let line: string[] = [];
  let afterCR = false;
  for (let ended = false; !ended; ) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if (code(e) === 'EAGAIN') {
        pause(5);
        continue;
      }
      if (code(e) !== 'EOF') throw fileError(name, e);
      n = 0;
    }
    ended = n === 0;
    const text = ended ? decoder.decode() : decoder.decode(chunk.subarray(0, n), { stream: true });
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
      line.push(text.slice(start, i));
      yield line.join('');
      line = [];
      start = i + 1;
    }
    if (start < text.length) line.push(text.slice(start));
  }
  const last = line.join('');
  if (last !== '') yield last;
}

/** Node's stream for a terminal, set up only when first used; a reader that goes away is not an error. */
function streamOutput(stream: () => NodeJS.WriteStream): () => Output {
  let ready: NodeJS.WriteStream | undefined;
  return () => {
    if (!ready) {
      ready = stream();
      ready.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EPIPE') throw e;
      });
    }
    return ready;
  };
}

/** Standard input and outputs (plain descriptors for pipes and files, Node's streams otherwise), and
 * the environment given. Each stream is set up when first used. */
export function standardIo(env: Io['env']): Io {
  const plainIn = isPlain(0);
  const plainOut = isPlain(1);
  const out = once(plainOut ? () => fdOutput(1) : streamOutput(() => process.stdout));
  const err = once(isPlain(2) ? () => fdOutput(2) : streamOutput(() => process.stderr));
  return {
    env,
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return out();
    },
    get stderr() {
      return err();
    },
    ...(plainIn ? { lines: () => readLines(0, 'standard input') } : {}),
    // A pipe or a file at either end is no terminal; otherwise the streams say.
    ...(plainIn || plainOut ? { terminal: false } : {}),
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
