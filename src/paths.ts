// Where the package's own files are. This file sits directly in src/ (and its code directly in
// dist/ once bundled), so the package root is one level up either way.
import { homedir } from 'node:os';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILTIN_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

/** A file name as typed, made a full path: `~` is the home folder (as a shell would expand it). */
export const fullPath = (name: string, home = process.env.HOME || homedir()): string =>
  resolve(name === '~' || name.startsWith('~/') ? `${home}${name.slice(1)}` : name);

/** A save name without an extension gets `.md`: the plan is saved as Markdown. */
export const withMarkdownExtension = (name: string): string => (extname(name) === '' ? `${name}.md` : name);
