// The one way talkcoach writes a file (-o, --calendar, the coach's save, and anything later). Plans
// and reminders hold private details, so each is written whole to a temporary file in the same
// folder at mode 0600, every byte of it (a write may take only part: a full disk does that), flushed
// to the disk, then renamed over the target. The temporary file is removed on every failure, and
// ones an earlier, killed run left behind are cleaned on the next write in that folder.
// Only a regular file (or a free name) is ever replaced, and an existing one only when asked:
// renaming over a named pipe, a device or a link to one would put a private file where the system
// expects something else.
import { dirname, join } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { fs as realFs } from './fs.js';
import { kindWords, reasonFor } from './read.js';
import { cleanStaleTemps, pendingTemporaryFiles, removeQuietly, tempName } from './temp-files.js';

/** The file system calls saving uses; tests pass failing ones to play a full disk. */
export type SaveFs = Pick<
  typeof realFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'linkSync' | 'unlinkSync'
>;

export interface SaveOptions {
  /** Replace an existing regular file (--force, or yes to "Replace it?"); without it one is refused. */
  overwrite?: boolean;
  /** What to say when the name is a folder, a device or a pipe: how else to get the text. */
  hint?: 'plan' | 'reminder';
  fs?: SaveFs;
}

export function saveFileAtomic(
  target: string,
  content: string | Uint8Array,
  { overwrite = true, hint = 'plan', fs = realFs as SaveFs }: SaveOptions = {},
): void {
  target = writableTarget(target, overwrite, hint);
  const dir = dirname(target);
  cleanStaleTemps(dir);
  const temp = join(dir, tempName());
  const { O_WRONLY, O_CREAT, O_EXCL } = realFs.constants;
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, O_WRONLY | O_CREAT | O_EXCL, 0o600);
    pendingTemporaryFiles.add(temp);
    writeAll(fd, content, fs);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (overwrite) {
      fs.renameSync(temp, target);
    } else {
      // link() fails if the name was taken since it was looked at: never overwrite by accident.
      fs.linkSync(temp, target);
      removeQuietly(temp);
    }
    pendingTemporaryFiles.delete(temp);
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd, fs);
    removeQuietly(temp);
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && !overwrite) throw existsError(target);
    throw saveError(target, e);
  }
}

/** Writes every byte of `content` at the descriptor's position, or throws: a write that takes part
 * is continued, and one that takes nothing at all is a full disk. */
export function writeAll(fd: number, content: string | Uint8Array, fs: Pick<SaveFs, 'writeSync'> = realFs): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let done = 0;
  while (done < bytes.length) {
    const n = fs.writeSync(fd, bytes, done, bytes.length - done);
    if (!(n > 0)) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
    done += n;
  }
}

/** The file a save goes to, checked before anything is written (a command checks every file it
 * will write before it writes the first): `target`, or the regular file a symbolic link points to
 * (the link is kept). An existing file is refused without `overwrite`; anything but a regular file
 * is refused always. */
export function writableTarget(target: string, overwrite: boolean, hint: SaveOptions['hint'] = 'plan'): string {
  const real = regularTarget(target, hint);
  if (!overwrite && (real !== target || exists(target))) throw existsError(target);
  return real;
}

/** `target`, or the regular file a symbolic link points to; anything else that exists is refused. */
function regularTarget(target: string, hint: SaveOptions['hint'] = 'plan'): string {
  let st;
  try {
    st = realFs.lstatSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw saveError(target, e);
    // A free name: its folder must be there, or nothing can be saved (said before anything is).
    if (!realFs.existsSync(dirname(target))) throw saveError(target, e);
    return target;
  }
  if (st.isSymbolicLink()) {
    let real: string;
    try {
      real = realFs.realpathSync(target);
      st = realFs.statSync(real);
    } catch (e) {
      // A link to nothing: writing through it would make a file somewhere the user did not name.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new TalkcoachError('file', msg('io.danglingLink', { file: target, target: linkText(target) }));
      throw saveError(target, e);
    }
    if (st.isFile()) return real;
  }
  if (st.isFile()) return target;
  throw new TalkcoachError(
    'file',
    msg('io.saveNotRegular', { file: target, what: kindWords(st), hint: msg(`io.hint.${hint}`) }),
  );
}

const exists = (file: string): boolean => {
  try {
    realFs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
};

const linkText = (link: string): string => {
  try {
    return realFs.readlinkSync(link);
  } catch {
    return '?';
  }
};

function closeQuietly(fd: number, fs: Pick<SaveFs, 'closeSync'>): void {
  try {
    fs.closeSync(fd);
  } catch {
    // The temporary file is removed next; a close that fails changes nothing the user has.
  }
}

/** One line, as README promises for an error: what happened, then what to do. */
const existsError = (file: string): TalkcoachError =>
  new TalkcoachError('file', `${msg('io.exists', { file })}; ${msg('io.existsHint')}`);

function saveError(target: string, e: unknown): TalkcoachError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'EACCES'
      ? msg('io.why.readOnlyFolder')
      : code === 'ENOENT'
        ? msg('io.why.noFolder')
        : reasonFor(code, msg('io.why.unknown'));
  return new TalkcoachError('file', msg('io.saveFailed', { file: target, why }));
}
