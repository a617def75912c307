// Where scenarios come from: the built-in folder and the user's folders (--scenarios,
// TALKCOACH_SCENARIOS). Resolves `run <id|file>` to a file.
import { fs } from '../io/fs.js';
import { kindWords, reasonFor } from '../io/read.js';
import { didYouMean, msg } from '../messages/index.js';
import { join, resolve } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { scenarioIdFromFile } from './files.js';
import { refuseLinkOut, resolvesInside } from './inside.js';
import { closest } from './suggest.js';

import { BUILTIN_DIR } from '../paths.js';

export { BUILTIN_DIR };

const { readdirSync, statSync } = fs;
export const BUILTIN_SHARED_DIR = join(BUILTIN_DIR, 'shared');

export interface CatalogueEntry {
  id: string;
  file: string;
  builtin: boolean;
}

const isScenarioFile = (name: string) => /\.ya?ml$/.test(name) && !/\.test\.ya?ml$/.test(name);

/** Says what was skipped in the user's folders (a warning; nothing is thrown). */
export type Warn = (text: string) => void;
const silent: Warn = () => undefined;

function scenarioFiles(dir: string, required: boolean, warn: Warn): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!required && code === 'ENOENT') return [];
    const why =
      code === 'ENOENT'
        ? msg('folders.noSuchFolder')
        : code === 'ENOTDIR'
          ? msg('folders.notAFolder')
          : reasonFor(code, 'unreadable');
    warn(msg('folders.dirSkipped', { dir, why }));
    return [];
  }
  const files = names
    .filter(isScenarioFile)
    .sort()
    .map((n) => join(dir, n));
  if (!required) return files;
  // Only regular files (or links to them inside the folder): a folder called x.yaml, a named pipe or a
  // link loop is told and skipped. stat() never blocks, even on a named pipe.
  return files.filter((file) => {
    try {
      const st = statSync(file);
      // A link out of the folder is not followed: what it leads to is not the person's scenario.
      if (st.isFile() && !resolvesInside(file, dir)) {
        warn(msg('folders.fileSkipped', { file, why: msg('folders.linkOut') }));
        return false;
      }
      if (st.isFile()) return true;
      warn(msg('folders.fileSkipped', { file, why: msg('folders.notRegular', { what: kindWords(st) }) }));
    } catch (e) {
      warn(msg('folders.fileSkipped', { file, why: reasonFor((e as NodeJS.ErrnoException).code, 'unreadable') }));
    }
    return false;
  });
}

/** Built-in scenarios first, then each user folder's. A problem in a user folder (missing, unreadable,
 * a file that is not a regular file, an id that repeats one already found) is a warning, and skipped:
 * a built-in scenario always runs. */
export function catalogue(userDirs: readonly string[], warn: Warn = silent): CatalogueEntry[] {
  const entries: CatalogueEntry[] = scenarioFiles(BUILTIN_DIR, false, warn).map((file) => ({
    id: scenarioIdFromFile(file),
    file,
    builtin: true,
  }));
  for (const dir of userDirs) {
    for (const file of scenarioFiles(resolve(dir), true, warn)) {
      const id = scenarioIdFromFile(file);
      const clash = entries.find((e) => e.id === id);
      if (clash) {
        warn(msg('folders.clash', { file, id, other: clash.builtin ? msg('folders.builtin') : clash.file }));
        continue;
      }
      entries.push({ id, file, builtin: false });
    }
  }
  return entries;
}

/** A path (anything with a slash or a .yaml ending) is used as is, unless it is a link out of its own
 * folder (a shell's `scenarios/*.yaml` may hold one); anything else is an id. */
export function resolveScenario(arg: string, userDirs: readonly string[], warn: Warn = silent): string {
  if (/[\\/]/.test(arg) || /\.ya?ml$/.test(arg)) {
    try {
      if (statSync(arg).isDirectory()) throw new TalkcoachError('file', msg('io.folderNotScenario', { file: arg }));
    } catch (e) {
      if (e instanceof TalkcoachError) throw e;
      const why = reasonFor((e as NodeJS.ErrnoException).code, 'unreadable');
      throw new TalkcoachError('file', msg('io.cannotRead', { file: arg, why }));
    }
    refuseLinkOut(arg);
    return arg;
  }
  const entries = catalogue(userDirs, warn);
  const found = entries.find((e) => e.id === arg);
  if (found) return found.file;
  const hint = closest(
    arg,
    entries.map((e) => e.id),
  );
  // One line: the nearest id when there is one, else the ids there are.
  const ids = entries.map((e) => e.id).join(', ');
  const rest = hint ? didYouMean(hint) : `; ${msg(ids ? 'scenario.available' : 'scenario.noneAvailable', { ids })}`;
  throw new TalkcoachError('usage', msg('scenario.noSuch', { arg }) + rest);
}

/** Folders from --scenarios and the TALKCOACH_SCENARIOS path list. */
export function userScenarioDirs(
  flag: readonly string[] | undefined,
  envList: string | undefined,
  delimiter: string,
): string[] {
  return [...(flag ?? []), ...(envList ? envList.split(delimiter).filter(Boolean) : [])];
}
