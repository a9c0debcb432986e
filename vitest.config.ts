import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000, // a guard against hangs, not a speed test: files run in parallel on 2 cores
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
