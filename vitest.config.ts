import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A process per test file (vitest's default, said here because it matters): command tests run in
    // process change the working folder (tests/helpers/run-in-process.ts), which a worker thread cannot.
    pool: 'forks',
    // Process tests (tests/e2e) spawn the built binary; give slow machines room without hiding hangs.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
