// Saving a plan: it holds private details, so it is written to a temporary file in the same
// folder with mode 0600, then renamed over the target. Nothing half-written is ever left behind.
import { basename, dirname, join } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { fs as realFs } from './fs.js';
import { pendingTemporaryFiles, removeQuietly } from './temp-files.js';

/** The file system calls saving uses; tests pass failing ones to play a full disk. */
export type SaveFs = Pick<
  typeof realFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'linkSync' | 'unlinkSync'
>;

export function saveFileAtomic(
  target: string,
  content: string,
  { overwrite = true, fs = realFs as SaveFs } = {},
): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomSuffix()}.tmp`);
  const { O_WRONLY, O_CREAT, O_EXCL } = realFs.constants;
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, O_WRONLY | O_CREAT | O_EXCL, 0o600);
    pendingTemporaryFiles.add(temp);
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (overwrite) {
      fs.renameSync(temp, target);
    } else {
      // link() fails if the name was taken since the user was asked: never overwrite by accident.
      fs.linkSync(temp, target);
      fs.unlinkSync(temp);
    }
    pendingTemporaryFiles.delete(temp);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    removeQuietly(temp);
    throw saveError(target, e);
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
  return new TalkcoachError(
    'file',
    `could not save ${target}: ${(code && why[code]) ?? code ?? 'an unknown error'}. Nothing was written.`,
  );
}

// crypto is fetched when a file is saved, not imported: importing it costs every start a few milliseconds.
function randomSuffix(): string {
  const crypto = process.getBuiltinModule?.('node:crypto');
  const bytes = crypto ? crypto.randomBytes(4) : globalThis.crypto.getRandomValues(new Uint8Array(4));
  return Buffer.from(bytes).toString('hex');
}
