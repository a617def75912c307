// Where scenarios come from: the built-in folder and the user's folders (--scenarios,
// TALKCOACH_SCENARIOS). Resolves `run <id|file>` to a file.
import { fs } from '../io/fs.js';
import { didYouMean, msg } from '../messages/index.js';
import { join, resolve } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { scenarioIdFromFile } from './files.js';
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

function scenarioFiles(dir: string, required = true): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!required && code === 'ENOENT') return [];
    throw new TalkcoachError(
      'file',
      `cannot read the scenario folder ${dir}: ` +
        (code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'it is not a folder' : (code ?? 'unreadable')),
    );
  }
  return names
    .filter(isScenarioFile)
    .sort()
    .map((n) => join(dir, n));
}

/** Built-in scenarios first, then each user folder's; a user id that repeats a built-in one is an error. */
export function catalogue(userDirs: readonly string[]): CatalogueEntry[] {
  const entries: CatalogueEntry[] = scenarioFiles(BUILTIN_DIR, false).map((file) => ({
    id: scenarioIdFromFile(file),
    file,
    builtin: true,
  }));
  for (const dir of userDirs) {
    for (const file of scenarioFiles(resolve(dir))) {
      const id = scenarioIdFromFile(file);
      const clash = entries.find((e) => e.id === id);
      if (clash) {
        throw new TalkcoachError(
          'scenario',
          `${file}: the id "${id}" is already used by ${clash.builtin ? 'a built-in scenario' : clash.file}; ` +
            'rename the file',
        );
      }
      entries.push({ id, file, builtin: false });
    }
  }
  return entries;
}

/** A path (anything with a slash or a .yaml ending) is used as is; anything else is an id. */
export function resolveScenario(arg: string, userDirs: readonly string[]): string {
  if (/[\\/]/.test(arg) || /\.ya?ml$/.test(arg)) {
    try {
      if (statSync(arg).isDirectory()) throw new TalkcoachError('file', `${arg} is a folder, not a scenario file`);
    } catch (e) {
      if (e instanceof TalkcoachError) throw e;
      throw new TalkcoachError('file', `cannot read ${arg}: no such file`);
    }
    return arg;
  }
  const entries = catalogue(userDirs);
  const found = entries.find((e) => e.id === arg);
  if (found) return found.file;
  const hint = closest(
    arg,
    entries.map((e) => e.id),
  );
  throw new TalkcoachError('usage', msg('scenario.noSuch', { arg }) + didYouMean(hint), [
    `available: ${entries.map((e) => e.id).join(', ') || 'none'} (talkcoach list shows them all)`,
  ]);
}

/** Folders from --scenarios and the TALKCOACH_SCENARIOS path list. */
export function userScenarioDirs(
  flag: readonly string[] | undefined,
  envList: string | undefined,
  delimiter: string,
): string[] {
  return [...(flag ?? []), ...(envList ? envList.split(delimiter).filter(Boolean) : [])];
}
