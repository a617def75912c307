// Reading files safely as text: regular files only, with a size cap on what is actually read, and
// one-line messages for what goes wrong (no stack, no errno jargon). A path is looked at before it
// is opened, and opened without blocking: a named pipe or a device would otherwise hold the
// process in open() or read() where no signal can end it.
import type { Stats } from 'node:fs';
import { TalkcoachError } from '../errors.js';
import { ioKinds, ioReasons, msg } from '../messages/index.js';
import { fs } from './fs.js';

const { closeSync, fstatSync, openSync, readSync, statSync, constants } = fs;

import { DEFAULT_MAX_BYTES, type Limited } from './limits.js';

/** What a path that is not a regular file is, in words (a folder, a named pipe, a device...). */
export function kindWords(st: Stats): string {
  if (st.isDirectory()) return ioKinds.folder;
  if (st.isFIFO()) return ioKinds.fifo;
  if (st.isSocket()) return ioKinds.socket;
  if (st.isCharacterDevice()) return ioKinds.charDevice;
  if (st.isBlockDevice()) return ioKinds.blockDevice;
  if (st.isSymbolicLink()) return ioKinds.symlink;
  return ioKinds.other;
}

function refuseIfNotRegular(file: string, st: Stats): void {
  if (st.isFile()) return;
  if (st.isDirectory()) throw new TalkcoachError('file', msg('io.folder', { file }));
  throw new TalkcoachError('file', msg('io.notRegular', { file, what: kindWords(st) }));
}

/** Opens a regular file for reading, or throws: looked at first, opened without blocking, and
 * looked at again through the descriptor (the path may have been swapped in between). */
export function openRegular(file: string): { fd: number; size: number } {
  let fd: number;
  try {
    refuseIfNotRegular(file, statSync(file));
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    throw e instanceof TalkcoachError ? e : fileError(file, e);
  }
  try {
    const st = fstatSync(fd);
    refuseIfNotRegular(file, st);
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    throw e instanceof TalkcoachError ? e : fileError(file, e);
  }
}

/** Reads a regular file as UTF-8 text, refusing anything else, and files over the cap; `what` the file
 * is names the limit in the message (only a scenario's can be raised, with --max-bytes). */
export function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES, what: Limited = 'scenario'): string {
  const { fd, size } = openRegular(file);
  const tooBig = (n: number) => tooBigError(file, n, maxBytes, what);
  try {
    if (size > maxBytes) throw tooBig(size);
    // The cap applies to what is read, not to what the file said its size was: it may be growing.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(size, 64 * 1024)) + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, total);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooBig(total);
    }
    return buffer.toString('utf8', 0, total);
  } catch (e) {
    throw e instanceof TalkcoachError ? e : fileError(file, e);
  } finally {
    closeSync(fd);
  }
}

export function fileError(file: string, e: unknown): TalkcoachError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EISDIR') return new TalkcoachError('file', msg('io.folder', { file }));
  return new TalkcoachError('file', msg('io.cannotRead', { file, why: reasonFor(code, 'unreadable') }));
}

/** An errno code in words; a code with no words is given as it is. */
export const reasonFor = (code: string | undefined, fallback: string): string =>
  (code && (ioReasons as Record<string, string>)[code]) ?? code ?? fallback;

/** A file over its limit, in words that name that limit. */
export const tooBigError = (file: string, size: number, limit: number, what: Limited): TalkcoachError =>
  new TalkcoachError(
    what === 'scenario' ? 'scenario' : 'file',
    msg(TOO_BIG[what], { file, size: formatBytes(size), limit: formatBytes(limit) }),
  );

const TOO_BIG = { scenario: 'io.tooBig', answers: 'io.tooBigAnswers', history: 'io.tooBigHistory' } as const;

// Exact bytes, so that a file just over the cap never reads as the same size as the cap.
export const formatBytes = (n: number) => {
  const rounded =
    n >= 1024 * 1024 ? ` (${(n / 1024 / 1024).toFixed(2)} MiB)` : n >= 1024 ? ` (${(n / 1024).toFixed(1)} KiB)` : '';
  return `${n.toLocaleString('en-US')} bytes${rounded}`;
};
