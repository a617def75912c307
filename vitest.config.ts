import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A process per test file (vitest's default, said here because it matters): command tests run in
    // process change the working folder (tests/helpers/run-in-process.ts), which a worker thread cannot.
    pool: 'forks',
    // Files in one worker share the modules they import instead of importing them anew each time: the
    // whole run took 116 s isolated and 79 s shared on 2 cores (2,577 tests). Tests that change a
    // module's state (the language, the working folder) put it back (useLanguage('en'), runInProcess).
    isolate: false,
    // One worker a core: vitest's default leaves one core free, which on a 2-core machine ran the files
    // one at a time (81 s; 53 s with both cores).
    maxWorkers: availableParallelism(),
    // Process tests (tests/e2e) spawn the built binary; give slow machines room without hiding hangs.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
