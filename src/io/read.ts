// Reading files safely as text: regular files only, with a size cap, and one-line messages for
// what goes wrong (no stack, no errno jargon).
import { TalkcoachError } from '../errors.js';
import { fs } from './fs.js';

const { closeSync, fstatSync, openSync, readFileSync } = fs;

export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** Reads a file as UTF-8 text, refusing folders and files over the cap with a one-line message. */
export function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw fileError(file, e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new TalkcoachError('file', `${file} is a folder, not a file`);
    if (st.size > maxBytes) {
      throw new TalkcoachError(
        'scenario',
        `${file} is ${formatBytes(st.size)}, over the ${formatBytes(maxBytes)} limit for scenario files ` +
          '(--max-bytes raises it)',
      );
    }
    return readFileSync(fd, 'utf8');
  } catch (e) {
    throw e instanceof TalkcoachError ? e : fileError(file, e);
  } finally {
    closeSync(fd);
  }
}

export function fileError(file: string, e: unknown): TalkcoachError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code
            ? code
            : 'unreadable';
  if (code === 'EISDIR') return new TalkcoachError('file', `${file} is a folder, not a file`);
  return new TalkcoachError('file', `cannot read ${file}: ${why}`);
}

// Exact bytes, so that a file just over the cap never reads as the same size as the cap.
const formatBytes = (n: number) => {
  const rounded =
    n >= 1024 * 1024 ? ` (${(n / 1024 / 1024).toFixed(2)} MiB)` : n >= 1024 ? ` (${(n / 1024).toFixed(1)} KiB)` : '';
  return `${n.toLocaleString('en-US')} bytes${rounded}`;
};
