// End-to-end tests: the built extension in real headless Chromium (run `npm run build` first).
import { defineConfig } from 'vitest/config';
import { ciReporters } from './test/ci-reporters.ts';

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One retry: a real browser on a loaded 2-core machine now and then misses a beat (a page load or an
    // extension message taking longer than a step allows). A failure that repeats is still a failure.
    retry: 1,
    ...ciReporters('e2e'),
  },
});
