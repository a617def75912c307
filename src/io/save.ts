// Saving a plan: it holds private details, so it is written to a temporary file in the same
// folder with mode 0600, then renamed over the target. Nothing half-written is ever left behind.
import { randomBytes } from 'node:crypto';
import { fs } from './fs.js';
import { basename, dirname, join } from 'node:path';
import { TalkcoachError } from '../errors.js';

const { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync, constants } = fs;

/** Temporary files this process is writing, removed if it is interrupted. */
export const pendingTemporaryFiles = new Set<string>();

export function saveFileAtomic(target: string, content: string, { overwrite = true } = {}): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    pendingTemporaryFiles.add(temp);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (!overwrite) {
      // Claim the name first: O_EXCL fails if the file appeared since the user was asked.
      closeSync(openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600));
    }
    renameSync(temp, target);
    pendingTemporaryFiles.delete(temp);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temp);
    throw saveError(target, e);
  }
}

export function removeQuietly(file: string): void {
  pendingTemporaryFiles.delete(file);
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or never created.
  }
}

function saveError(target: string, e: unknown): TalkcoachError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why: Record<string, string> = {
    ENOENT: 'the folder does not exist',
    EACCES: 'permission denied (the folder is read-only for you)',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'your disk quota is full',
    EEXIST: 'a file with that name already exists',
    EISDIR: 'that is a folder',
    ENOTDIR: 'part of the path is not a folder',
  };
  return new TalkcoachError('file', `could not save ${target}: ${(code && why[code]) ?? code ?? 'unknown error'}. Nothing was written.`);
}
