// Every file a scenario, shared module or test file names, and every file found in a scenario folder,
// must be inside its own folder once links are followed. A link or a ../ path out of it (to
// ~/.aws/credentials, /etc/shadow) is refused before it is opened, so nothing of it can be quoted:
// validate and test print the lines of the files they read, and their output ends up in CI logs.
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { fs } from '../io/fs.js';
import { msg } from '../messages/index.js';

/** The path with every link resolved; for a path that does not exist (or a dangling link), its folder's
 * real path and its own name, so that `../missing.yaml` is still judged by where it would be. */
function realOrWhere(path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    try {
      return join(fs.realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** Whether `file`, links followed, is `folder` (links followed) or inside it. */
export function resolvesInside(file: string, folder: string): boolean {
  const rel = relative(realOrWhere(folder), realOrWhere(file));
  return !isAbsolute(rel) && rel.split(/[\\/]/)[0] !== '..';
}

/** A file found in `folder` (or named by a file in it) that resolves outside it: the refusal names
 * the path as written and the folder, never where it leads. Undefined when it is inside. */
export function outsideError(file: string, folder: string): TalkcoachError | undefined {
  if (resolvesInside(file, folder)) return undefined;
  return new TalkcoachError('file', msg('scenario.outsideFolder', { file, dir: folder }));
}

/** Throws when `file` is a link that leads out of the folder it is in (a path given on the command
 * line, such as a shell's `scenarios/*.yaml`, may be one). A plain file is always in its own folder. */
export function refuseLinkOut(file: string): void {
  const e = outsideError(file, dirname(file));
  if (e) throw e;
}
