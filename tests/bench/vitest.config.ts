/**
 * The bench's own unit tests (the seeded history's shape), in node: run with
 * `npx vitest run --config tests/bench/vitest.config.ts`. They sit apart from
 * the app's unit tests (vite.config.ts), which do not look in tests/bench.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    include: ['tests/bench/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
