// Saving a plan: it holds private details, so it is written to a temporary file in the same
// folder with mode 0600, then renamed over the target. Nothing half-written is ever left behind.
// Only a regular file (or a free name) is ever replaced: renaming over a named pipe, a device or a
// link to one would put a private file where the system expects something else.
import { dirname, join } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { fs as realFs } from './fs.js';
import { kindWords, reasonFor } from './read.js';
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
  target = regularTarget(target);
  // A short name of its own, so that a long legal target name is never pushed over the limit.
  const temp = join(dirname(target), `.talkcoach-${process.pid}-${randomSuffix()}.tmp`);
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

/** The file to write: `target`, or the regular file a symbolic link points to (the link is kept);
 * anything else that exists is refused. */
export function regularTarget(target: string): string {
  let st;
  try {
    st = realFs.lstatSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return target;
    throw saveError(target, e);
  }
  if (st.isSymbolicLink()) {
    let real: string;
    try {
      real = realFs.realpathSync(target);
      st = realFs.statSync(real);
    } catch (e) {
      // A link to nothing yet: writing through it would need following it by hand; say so instead.
      throw saveError(target, e);
    }
    if (st.isFile()) return real;
  }
  if (st.isFile()) return target;
  throw new TalkcoachError('file', msg('io.saveNotRegular', { file: target, what: kindWords(st) }));
}

function saveError(target: string, e: unknown): TalkcoachError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why = code === 'EACCES' ? 'permission denied (the folder is read-only for you)' : undefined;
  return new TalkcoachError(
    'file',
    msg('io.saveFailed', {
      file: target,
      why: why ?? (code === 'ENOENT' ? 'the folder does not exist' : reasonFor(code, 'an unknown error')),
    }),
  );
}

// crypto is fetched when a file is saved, not imported: importing it costs every start a few milliseconds.
function randomSuffix(): string {
  const crypto = process.getBuiltinModule?.('node:crypto');
  const bytes = crypto ? crypto.randomBytes(4) : globalThis.crypto.getRandomValues(new Uint8Array(4));
  return Buffer.from(bytes).toString('hex');
}
