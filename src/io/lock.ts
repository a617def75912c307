// A lock file beside the history, taken by everything that changes it (checkin --keep appends,
// forget deletes), so that a forget is never undone and an entry never lands in a deleted file.
// open(..., O_EXCL) makes the lock: only one process can create the name. It holds the owner's
// process id; a lock whose owner has ended, or that is older than STALE_MS (the owner was killed
// and its id reused), is broken. Not proper-lockfile: it installs signal-exit's handlers over the
// command line's own signal handling, and brings three packages for what is done here in one file.
import { fs } from './fs.js';
import { isRunning, pendingTemporaryFiles, removeQuietly } from './temp-files.js';

const { closeSync, constants, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } = fs;

/** A change to the history takes milliseconds: a lock this old is left over from a killed run. */
const STALE_MS = 10_000;

export class LockBusy extends Error {
  constructor(readonly lock: string) {
    super(`locked: ${lock}`);
  }
}

/** Runs `fn` holding the lock file `lock`; waits for another holder up to `waitMs`, then throws LockBusy. */
export async function withLock<T>(lock: string, fn: () => T | Promise<T>, waitMs = STALE_MS + 2_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  while (!tryLock(lock)) {
    if (breakIfStale(lock)) continue;
    if (Date.now() > deadline) throw new LockBusy(lock);
    // A short, varied pause: the holder needs milliseconds, and waiters should not wake together.
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
  }
  try {
    return await fn();
  } finally {
    removeQuietly(lock);
  }
}

function tryLock(lock: string): boolean {
  let fd: number;
  try {
    fd = openSync(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  // Removed by an interrupt's clean-up too, so Ctrl-C never leaves it behind.
  pendingTemporaryFiles.add(lock);
  try {
    writeSync(fd, `${process.pid}\n`);
  } catch (e) {
    closeSync(fd);
    removeQuietly(lock);
    throw e;
  }
  closeSync(fd);
  return true;
}

/** Removes `lock` if its owner is gone; true when it was removed (or had gone already). */
export function breakIfStale(lock: string, now = Date.now()): boolean {
  let st;
  let owner: number;
  try {
    st = lstatSync(lock);
    owner = Number.parseInt(readFileSync(lock, 'utf8'), 10);
  } catch {
    return true;
  }
  const age = now - st.mtimeMs;
  // No id yet: its owner is between creating and writing it, or was killed there.
  const ended = Number.isNaN(owner) ? age > 1_000 : !isRunning(owner);
  if (!ended && age <= STALE_MS) return false;
  // Moved aside first, and removed only if it is still the lock judged stale: a fresh lock that
  // another waiter made in between is put back.
  const aside = `${lock}.${process.pid}.stale`;
  try {
    renameSync(lock, aside);
  } catch {
    return true;
  }
  try {
    if (lstatSync(aside).ino !== st.ino) fs.linkSync(aside, lock);
  } catch {
    // Someone holds a new lock by now; theirs stays.
  }
  try {
    unlinkSync(aside);
  } catch {
    // Gone already.
  }
  return true;
}
