// Temporary files this process is writing, so an interrupt can remove them, and the ones a killed
// run left behind, cleaned on the next write in their folder. Kept apart from save.ts so that
// start-up does not load what saving needs.
import { join } from 'node:path';
import { fs } from './fs.js';

const { lstatSync, readdirSync, unlinkSync } = fs;

export const pendingTemporaryFiles = new Set<string>();

/** A temporary file's name: short (a long legal target name is never pushed over the limit), and
 * carrying the writer's process id, so a later run can tell whether its writer is still alive. */
export const tempName = (pid = process.pid): string => `.talkcoach-${pid}-${randomSuffix()}.tmp`;

const TEMP = /^\.talkcoach-(\d+)-[0-9a-f]+\.tmp$/;

/** A temporary file this old is left over even if a process with its writer's id is running (the
 * id was reused): no save takes anywhere near this long. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Whether a process with this id is running (on this machine). */
export function isRunning(pid: number): boolean {
  // 0 and negative ids name process groups: never ask about those.
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files in `dir` that no running save is writing: their writer has ended, or
 * they are over an hour old. Only regular files of this user with talkcoach's temporary names are
 * touched. The files removed are returned; nothing is said when the folder cannot be read. */
export function cleanStaleTemps(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const uid = process.getuid?.();
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m) continue;
    const file = join(dir, name);
    if (pendingTemporaryFiles.has(file)) continue;
    try {
      const st = lstatSync(file);
      if (!st.isFile() || (uid !== undefined && st.uid !== uid)) continue;
      if (isRunning(Number(m[1])) && now - st.mtimeMs < STALE_TEMP_MS) continue;
      unlinkSync(file);
      removed.push(file);
    } catch {
      // Gone already (another run cleaned it), or not ours to remove.
    }
  }
  return removed;
}

export function removeQuietly(file: string): void {
  pendingTemporaryFiles.delete(file);
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or never created.
  }
}

export function removeAllPending(): void {
  for (const f of [...pendingTemporaryFiles]) removeQuietly(f);
}

// crypto is fetched when a file is saved, not imported: importing it costs every start a few milliseconds.
function randomSuffix(): string {
  const crypto = process.getBuiltinModule?.('node:crypto');
  const bytes = crypto ? crypto.randomBytes(4) : globalThis.crypto.getRandomValues(new Uint8Array(4));
  return Buffer.from(bytes).toString('hex');
}
