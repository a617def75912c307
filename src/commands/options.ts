// What the options every command shares (--scenarios, --max-bytes) mean for finding and loading scenarios.
import { msg } from '../messages/index.js';
import { BUILTIN_SHARED_DIR, userScenarioDirs, type Warn } from '../scenario/catalogue.js';
import { DEFAULT_MAX_BYTES } from '../io/limits.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';

/** The folders of the person's own scenarios: --scenarios, then TALKCOACH_SCENARIOS. */
export const userDirs = (o: CommonOptions, io: Io): string[] =>
  userScenarioDirs(o.scenarios, io.env.TALKCOACH_SCENARIOS, process.platform === 'win32' ? ';' : ':');

export const loadOptions = (o: CommonOptions) => ({
  sharedDirs: [BUILTIN_SHARED_DIR],
  maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES,
});

const told = new WeakMap<Io, Set<string>>();

/** Warnings about the user's folders, each said once a run however often the folders are read. */
export const warnings =
  (io: Io): Warn =>
  (text) => {
    const seen = told.get(io) ?? new Set<string>();
    told.set(io, seen);
    if (seen.has(text)) return;
    seen.add(text);
    io.stderr.write(`${msg('folders.warning', { text })}\n`);
  };
