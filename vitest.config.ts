// Unit and component tests: WXT's fake browser, happy-dom, fake-indexeddb; no real browser needed.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { ciReporters } from './test/ci-reporters.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['test/setup.ts'],
    // Property tests run hundreds of cases; on a loaded 2-core CI machine 5 s is too tight. Not a speed gate.
    testTimeout: 20_000,
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    ...ciReporters('unit'),
  },
});
