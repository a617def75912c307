// What the options every command shares (--scenarios, --max-bytes) mean for finding and loading scenarios.
import { BUILTIN_SHARED_DIR, userScenarioDirs } from '../scenario/catalogue.js';
import { DEFAULT_MAX_BYTES } from '../scenario/files.js';
import type { CommonOptions, Io } from './context.js';

/** The folders of the person's own scenarios: --scenarios, then TALKCOACH_SCENARIOS. */
export const userDirs = (o: CommonOptions, io: Io): string[] =>
  userScenarioDirs(o.scenarios, io.env.TALKCOACH_SCENARIOS, process.platform === 'win32' ? ';' : ':');

export const loadOptions = (o: CommonOptions) => ({
  sharedDirs: [BUILTIN_SHARED_DIR],
  maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES,
});
