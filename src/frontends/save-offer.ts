// Offering to keep the plan as a Markdown file: a free default name in the current folder, never
// replacing a file without asking, written atomically with mode 0600 (it holds private details).
import { existsSync, statSync } from 'node:fs';
import type { Plan } from '../engine/types.js';
import { TalkcoachError } from '../errors.js';
import { saveFileAtomic } from '../io/save.js';
import { renderPlanMarkdown } from '../render/markdown.js';
import type { Terminal } from './terminal.js';

const BASE = 'talkcoach-plan';

/** talkcoach-plan.md, or talkcoach-plan-2.md and so on if that is taken. */
export function freeName(exists: (name: string) => boolean = existsSync): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${BASE}.md` : `${BASE}-${n}.md`;
    if (!exists(name)) return name;
  }
}

const isFolder = (name: string) => {
  try {
    return statSync(name).isDirectory();
  } catch {
    return false;
  }
};

/** Returns the file the plan was saved to, or undefined when the person chose not to save it. */
export async function offerToSave(plan: Plan, t: Terminal): Promise<string | undefined> {
  if (!(await t.confirm('Save this plan as a Markdown file? (Only you will be able to read it.)', false))) {
    t.tell('Not saved. Nothing was written.');
    return undefined;
  }
  for (;;) {
    const suggested = freeName();
    const name = (await t.text('File name:', suggested)).trim() || suggested;
    let overwrite = false;
    if (isFolder(name)) {
      t.tell(`${name} is a folder. Please give a file name.`);
      continue;
    }
    if (existsSync(name)) {
      if (!(await t.confirm(`${name} already exists. Replace it?`, false))) continue;
      overwrite = true;
    }
    try {
      saveFileAtomic(name, renderPlanMarkdown(plan), { overwrite });
      t.tell(`Saved to ${name}. Only you can read it.`);
      return name;
    } catch (e) {
      if (!(e instanceof TalkcoachError)) throw e;
      t.tell(`Sorry: ${e.message}`);
      if (!(await t.confirm('Try another file name?', true))) {
        t.tell('Not saved.');
        return undefined;
      }
    }
  }
}
