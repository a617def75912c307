// The kept check-ins (only with --keep): one JSON line each, in a private file in the user's data
// folder (env-paths: XDG_DATA_HOME or ~/.local/share on Linux, Application Support on macOS,
// LocalAppData on Windows). The folder is made 0700 and the file is rewritten atomically at 0600.
// Only option ids and dates are kept: no names, no free text. Nothing is ever sent anywhere.
import { join } from 'node:path';
import envPaths from 'env-paths';
import { fs } from './fs.js';
import { readTextFile } from './read.js';
import { saveFileAtomic } from './save.js';

export interface Kept {
  /** The local date of the check-in, YYYY-MM-DD. */
  date: string;
  /** Option ids by fact: outcome, since, self. */
  answers: Record<string, string>;
  /** The date chosen to check in again. */
  next: string;
}

/** The history file: `talkcoach/history.jsonl` in the data folder. XDG_DATA_HOME is taken from the
 * environment the command was given (only src/cli.ts reads the process's), as env-paths does on Linux
 * and the BSDs; env-paths gives the folder otherwise. */
export function historyFile(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = process.platform === 'darwin' || process.platform === 'win32' ? undefined : env.XDG_DATA_HOME;
  return join(xdg ? join(xdg, 'talkcoach') : envPaths('talkcoach', { suffix: '' }).data, 'history.jsonl');
}

const exists = (file: string): boolean => fs.existsSync(file);

/** Whether a history has been kept. */
export const hasHistory = (file: string): boolean => exists(file);

/** The kept check-ins, oldest first, and how many lines could not be read. */
export function readHistory(file: string): { kept: Kept[]; unreadable: number } {
  if (!exists(file)) return { kept: [], unreadable: 0 };
  const kept: Kept[] = [];
  let unreadable = 0;
  for (const line of readTextFile(file).split('\n')) {
    if (line.trim() === '') continue;
    try {
      const k = JSON.parse(line) as Kept;
      if (typeof k.date === 'string' && typeof k.next === 'string' && typeof k.answers === 'object') kept.push(k);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { kept, unreadable };
}

/** Adds one check-in to the history; returns the file. */
export function appendHistory(entry: Kept, file: string): string {
  fs.mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  const before = exists(file) ? readTextFile(file) : '';
  const sep = before === '' || before.endsWith('\n') ? '' : '\n';
  saveFileAtomic(file, `${before}${sep}${JSON.stringify(entry)}\n`);
  return file;
}

/** Deletes the history; false when there was none. */
export function deleteHistory(file: string): boolean {
  if (!exists(file)) return false;
  fs.unlinkSync(file);
  return true;
}
