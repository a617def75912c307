// --watch for validate and test: run once, then again each time a YAML file under the given paths
// is saved (fs.watch, debounced: an editor's save is often several events). Runs until interrupted.
import { dirname, resolve } from 'node:path';
import { fs } from '../io/fs.js';
import { inertLines, msg } from '../messages/index.js';
import type { Io } from './context.js';

const DEBOUNCE_MS = 150;

/** The folders to watch: a folder itself (and its shared/), a file's folder. */
function foldersOf(targets: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of targets) {
    let dir: string;
    try {
      dir = fs.statSync(t).isDirectory() ? t : dirname(t);
    } catch {
      dir = dirname(t);
    }
    out.add(resolve(dir));
    const shared = resolve(dir, 'shared');
    if (fs.existsSync(shared)) out.add(shared);
  }
  return [...out];
}

export function watchRuns(targets: readonly string[], run: () => number, io: Io): Promise<never> {
  const once = () => {
    try {
      run();
    } catch (e) {
      // A run that fails (a file mid-save, say) is reported and the watch goes on.
      // Its message may quote a path or a key from outside: made inert like every such text.
      io.stderr.write(`talkcoach: ${inertLines(e instanceof Error ? e.message : String(e))}\n`);
    }
    io.stderr.write(`${msg('cli.watch.waiting')}\n`);
  };
  once();
  let timer: ReturnType<typeof setTimeout> | undefined;
  for (const dir of foldersOf(targets)) {
    fs.watch(dir, (_event, name) => {
      if (name && !/\.ya?ml$/.test(String(name))) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        io.stderr.write(`${msg('cli.watch.again')}\n`);
        once();
      }, DEBOUNCE_MS);
    });
  }
  return new Promise<never>(() => {});
}
