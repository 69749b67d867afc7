import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: a few forks keep PDF/PPTX tests from starving each other.
    pool: 'forks',
    maxWorkers: 2,
  },
});
