// The kept check-ins (only with --keep): one JSON line each, in a private file in the user's data
// folder (src/io/data-folder.ts). Only option ids and dates are kept: no names, no free text.
// Nothing is ever sent anywhere.
// Written by appending, one O_APPEND write a line, under a lock that forget takes too (lock.ts):
// the lines already there are never rewritten, so bytes talkcoach did not write survive, and two
// check-ins at once both stay. Read tolerantly: a line that is not a check-in is skipped with a
// warning that says how to mend it; a history over its limit is read from its end. A history must
// never stop the coach, where crisis help is.
import { dirname } from 'node:path';
import { isCalendarDate } from '../engine/checkin.js';
import { TalkcoachError } from '../errors.js';
import { ioKinds, msg } from '../messages/index.js';
import { fs } from './fs.js';
import { LIMITS } from './limits.js';
import { LockBusy, withLock } from './lock.js';
import { formatBytes, kindWords, reasonFor } from './read.js';
import { writeAll } from './save.js';
import { cleanStaleTemps } from './temp-files.js';

export { historyFile } from './data-folder.js';

const { constants, closeSync, fstatSync, openSync, readSync, fsyncSync, ftruncateSync, fchmodSync } = fs;

export interface Kept {
  /** The local date of the check-in, YYYY-MM-DD. */
  date: string;
  /** Option ids by fact: outcome, since, self. */
  answers: Record<string, string>;
  /** The date chosen to check in again. */
  next: string;
}

export interface HistoryRead {
  /** The check-ins that could be read, oldest first. */
  kept: Kept[];
  /** What was skipped or left out, and how to mend it, in words; empty when all was read. */
  warnings: string[];
}

/** Whether a history has been kept (a link or anything else at its name counts: it is reported). */
export const hasHistory = (file: string): boolean => {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
};

/** The kept check-ins, oldest first, and warnings for what could not be read. Never throws for
 * what is in the file or at its name. */
export function readHistory(file: string, limit: number = LIMITS.history): HistoryRead {
  const found = readTail(file, limit);
  if (!('bytes' in found)) return { kept: [], warnings: found.warning ? [found.warning] : [] };
  const kept: Kept[] = [];
  const skipped: number[] = [];
  const leftOut: number[] = [];
  const warnings: string[] = [];
  if (found.size > limit)
    warnings.push(msg('io.tooBigHistory', { file, size: formatBytes(found.size), limit: formatBytes(limit) }));
  splitLines(found.bytes).forEach((bytes, i) => {
    const line = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r$/, '');
    if (line.trim() === '') return;
    const entry = entryOf(line);
    if (entry === undefined) skipped.push(i + 1);
    else {
      kept.push(entry.kept);
      if (entry.leftOut) leftOut.push(i + 1);
    }
  });
  // Line numbers count from the start of the file, unknown when only its end was read.
  const numbered = found.size <= limit;
  if (skipped.length > 0)
    warnings.push(
      numbered
        ? msg('history.skipped', { count: skipped.length, lines: lineList(skipped), file, mend: mend(skipped.length) })
        : msg('history.skippedNear', { count: skipped.length, file, mend: mend(skipped.length) }),
    );
  if (leftOut.length > 0 && numbered)
    warnings.push(msg('history.leftOut', { count: leftOut.length, lines: lineList(leftOut), file }));
  return { kept, warnings };
}

/** A line's check-in: its dates must be dates and its answers an object; an answer that is not text
 * is left out (said so); anything else is not a check-in. */
function entryOf(line: string): { kept: Kept; leftOut: boolean } | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isObject(v)) return undefined;
  const { date, next, answers } = v;
  if (typeof date !== 'string' || !isCalendarDate(date)) return undefined;
  if (typeof next !== 'string' || !isCalendarDate(next)) return undefined;
  if (!isObject(answers)) return undefined;
  const strings = Object.entries(answers).filter((e): e is [string, string] => typeof e[1] === 'string');
  return {
    kept: { date, next, answers: Object.fromEntries(strings) },
    leftOut: strings.length < Object.keys(answers).length,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const mend = (count: number): string => msg('history.mend', { count });

const lineList = (lines: number[]): string =>
  lines.length <= 5
    ? lines.join(', ')
    : `${lines.slice(0, 5).join(', ')} ${msg('history.andMore', { count: lines.length - 5 })}`;

function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, at));
    start = at + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/** The history's bytes (its last `limit` bytes, from a line's start, when it is bigger), or a
 * warning for what stands at its name instead (nothing: no warning). Links are not followed. */
function readTail(file: string, limit: number): { bytes: Buffer; size: number } | { warning?: string } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    return { warning: notReadable(file, e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { warning: msg('history.notFile', { file, what: kindWords(st) }) };
    const from = Math.max(0, st.size - limit);
    const buffer = Buffer.alloc(Math.min(st.size, limit));
    let got = 0;
    while (got < buffer.length) {
      const n = readSync(fd, buffer, got, buffer.length - got, from + got);
      if (n === 0) break;
      got += n;
    }
    let bytes = buffer.subarray(0, got);
    // Read from the middle of a line: that part line is not a check-in, and not counted as one.
    if (from > 0) bytes = bytes.subarray(bytes.indexOf(0x0a) + 1);
    return { bytes, size: st.size };
  } catch (e) {
    return { warning: notReadable(file, e) };
  } finally {
    closeSync(fd);
  }
}

function notReadable(file: string, e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return undefined;
  if (code === 'ELOOP') return msg('history.link', { file, target: linkTarget(file) });
  if (code === 'EISDIR') return msg('history.notFile', { file, what: ioKinds.folder });
  return msg('history.cannotRead', { file, why: reasonFor(code, 'unreadable') });
}

const linkTarget = (file: string): string => {
  try {
    return fs.readlinkSync(file);
  } catch {
    return '?';
  }
};

/** Makes the history's folder (0700; an existing one open to others is made private) and checks
 * that nothing but a regular file stands at the history's name: done before a check-in writes any
 * file, so a history that cannot be kept stops it before anything is saved. */
export function prepareHistory(file: string): void {
  const dir = dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    if (st.uid === process.getuid?.() && (st.mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
  } catch (e) {
    throw new TalkcoachError('file', msg('history.noFolder', { dir, why: reasonFor(errno(e), 'an unknown error') }));
  }
  let st;
  try {
    st = fs.lstatSync(file);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) throw new TalkcoachError('file', msg('history.link', { file, target: linkTarget(file) }));
  if (!st.isFile()) throw new TalkcoachError('file', msg('history.notFile', { file, what: kindWords(st) }));
}

/** Adds one check-in to the end of the history; returns the file. */
export async function appendHistory(entry: Kept, file: string): Promise<string> {
  prepareHistory(file);
  await locked(
    file,
    () => appendLine(file, `${JSON.stringify(entry)}\n`),
    (e) => keepError(file, e),
  );
  return file;
}

function appendLine(file: string, line: string): void {
  let fd: number;
  try {
    // O_NOFOLLOW: a link put at the name is never written through; O_NONBLOCK: a pipe is not waited on.
    fd = openSync(
      file,
      constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK,
      0o600,
    );
  } catch (e) {
    if (errno(e) === 'ELOOP') throw new TalkcoachError('file', msg('history.link', { file, target: linkTarget(file) }));
    throw keepError(file, e);
  }
  let size = 0;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new TalkcoachError('file', msg('history.notFile', { file, what: kindWords(st) }));
    size = st.size;
    if ((st.mode & 0o077) !== 0) fchmodSync(fd, 0o600);
    // A last line without its newline (a run killed mid-line long ago) gets one: the new entry
    // starts a line of its own.
    const last = Buffer.alloc(1);
    const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
    writeAll(fd, torn ? `\n${line}` : line);
    fsyncSync(fd);
  } catch (e) {
    // A full disk part way: the history is cut back to what it was, never left with a torn line.
    try {
      ftruncateSync(fd, size);
    } catch {
      // Nothing more can be done; the reader skips a torn line.
    }
    throw e instanceof TalkcoachError ? e : keepError(file, e);
  } finally {
    closeSync(fd);
  }
}

export type Forgotten =
  { removed: 'file' | 'nothing'; temps: number } | { removed: 'link'; target: string; temps: number };

/** Deletes the history (a link at its name: the link, said so), and the temporary files an
 * interrupted save left in its folder; refuses a folder or anything else at its name. */
export async function deleteHistory(file: string): Promise<Forgotten> {
  const dir = dirname(file);
  const forget = (): Forgotten => {
    const temps = cleanStaleTemps(dir).length;
    let st;
    try {
      st = fs.lstatSync(file);
    } catch {
      return { removed: 'nothing', temps };
    }
    if (st.isSymbolicLink()) {
      const target = linkTarget(file);
      fs.unlinkSync(file);
      return { removed: 'link', target, temps };
    }
    if (!st.isFile()) throw new TalkcoachError('file', msg('forget.notFile', { file, what: kindWords(st) }));
    fs.unlinkSync(file);
    return { removed: 'file', temps };
  };
  if (!fs.existsSync(dir)) return { removed: 'nothing', temps: 0 };
  return locked(
    file,
    forget,
    (e) => new TalkcoachError('file', msg('forget.failed', { file, why: reasonFor(errno(e), 'an unknown error') })),
  );
}

async function locked<T>(file: string, fn: () => T, failed: (e: unknown) => TalkcoachError): Promise<T> {
  const lock = `${file}.lock`;
  try {
    return await withLock(lock, fn);
  } catch (e) {
    if (e instanceof LockBusy) throw new TalkcoachError('file', msg('history.busy', { lock }));
    // The lock itself could not be made (a full disk, a read-only folder): said as the change it stopped.
    throw e instanceof TalkcoachError ? e : failed(e);
  }
}

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

const keepError = (file: string, e: unknown): TalkcoachError =>
  new TalkcoachError('file', msg('history.notKept', { file, why: reasonFor(errno(e), 'an unknown error') }));
