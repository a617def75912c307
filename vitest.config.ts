import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests spawn the built binary; give slow machines room without hiding hangs.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
