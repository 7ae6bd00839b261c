import { defineConfig } from 'vitest/config';

/**
 * Fault tests: real processes killed and restarted (the built API, FerretDB), run
 * one file at a time after the other tests, since each loads the machine on purpose.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
