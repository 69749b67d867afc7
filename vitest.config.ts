import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One fixed fast-check seed for the properties that do not name their own (see the file).
    setupFiles: ['tests/support/fast-check-seed.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: a few forks keep PDF/PPTX tests from starving each other.
    pool: 'forks',
    maxWorkers: 2,
  },
});
