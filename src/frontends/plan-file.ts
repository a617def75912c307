// Where a plan can be saved: a free default name in the current folder, and what a given name is
// now (a folder, a file that would be replaced, or free).
import { statSync } from 'node:fs';

const BASE = 'talkcoach-plan';

export type Found = 'folder' | 'file' | 'none';

/** What `name` is on disk now. */
export function whatIs(name: string): Found {
  try {
    return statSync(name).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'none';
  }
}

/** talkcoach-plan.md, or talkcoach-plan-2.md and so on if that is taken. */
export function freeName(exists: (name: string) => boolean = (name) => whatIs(name) !== 'none'): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${BASE}.md` : `${BASE}-${n}.md`;
    if (!exists(name)) return name;
  }
}
