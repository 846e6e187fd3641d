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
    ...ciReporters('e2e'),
  },
});
