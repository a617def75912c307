// --watch for validate and test: run once, then again each time a YAML file under the given paths
// is saved (fs.watch, debounced: an editor's save is often several events). Runs until interrupted.
// A folder that is not there is said before anything is watched; a watched folder that is deleted
// (or moved, or replaced) is said at once, and watched again when it is back.
import type { FSWatcher } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { fs } from '../io/fs.js';
import { inertLines, msg } from '../messages/index.js';
import type { Io } from '../io/types.js';

const DEBOUNCE_MS = 150;
/** How often a deleted folder is looked for (fs.watch cannot watch what is not there). */
const COME_BACK_MS = 250;

/** The folders to watch: a folder itself (and its shared/), a file's folder. Each must exist. */
function foldersOf(targets: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of targets) {
    let dir: string;
    try {
      dir = fs.statSync(t).isDirectory() ? t : dirname(t);
    } catch {
      dir = dirname(t);
    }
    if (inode(dir) === undefined) throw new TalkcoachError('file', msg('cli.watch.noFolder', { dir, target: t }));
    out.add(resolve(dir));
    const shared = resolve(dir, 'shared');
    if (fs.existsSync(shared)) out.add(shared);
  }
  return [...out];
}

/** The folder's inode, or undefined when it is not there (or is not a folder). */
function inode(dir: string): number | undefined {
  try {
    const st = fs.statSync(dir);
    return st.isDirectory() ? st.ino : undefined;
  } catch {
    return undefined;
  }
}

export function watchRuns(
  targets: readonly string[],
  run: () => number | Promise<number>,
  io: Io,
  /** Ends the watch (tests); without it the watch runs until the process is stopped. */
  stop?: AbortSignal,
): Promise<void> {
  const folders = foldersOf(targets);
  const say = (text: string) => io.stderr.write(`${text}\n`);
  let running = Promise.resolve();
  const once = () =>
    (running = running.then(async () => {
      try {
        await run();
      } catch (e) {
        // A run that fails (a file mid-save, say) is reported and the watch goes on.
        // Its message may quote a path or a key from outside: made inert like every such text.
        say(`talkcoach: ${inertLines(e instanceof Error ? e.message : String(e))}`);
      }
      say(msg('cli.watch.waiting'));
    }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const again = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      say(msg('cli.watch.again'));
      void once();
    }, DEBOUNCE_MS);
  };
  const watchers = new Map<string, FSWatcher>();
  const polls = new Map<string, ReturnType<typeof setInterval>>();
  const gone = (dir: string) => {
    if (polls.has(dir)) return;
    // What was pending was the folder's own files going: there is nothing to check until it is back.
    clearTimeout(timer);
    watchers.get(dir)?.close();
    watchers.delete(dir);
    say(msg('cli.watch.gone', { dir }));
    polls.set(
      dir,
      setInterval(() => {
        if (inode(dir) === undefined) return;
        clearInterval(polls.get(dir));
        polls.delete(dir);
        say(msg('cli.watch.back', { dir }));
        watch(dir);
        again();
      }, COME_BACK_MS),
    );
  };
  const watch = (dir: string) => {
    const ino = inode(dir);
    if (ino === undefined) return gone(dir);
    const w = fs.watch(dir, (_event, name) => {
      // Deleting, moving or replacing the folder itself ends what fs.watch can see of it.
      if (inode(dir) !== ino) return gone(dir);
      if (name && !/\.ya?ml$/.test(String(name))) return;
      again();
    });
    w.on('error', () => gone(dir));
    watchers.set(dir, w);
  };
  void once();
  for (const dir of folders) watch(dir);
  return new Promise<void>((done) => {
    stop?.addEventListener('abort', () => {
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      for (const p of polls.values()) clearInterval(p);
      void running.then(done);
    });
  });
}
