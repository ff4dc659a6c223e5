/**
 * Browser tests: playwright-core drives the system Chromium against the
 * production build served on 127.0.0.1. Run in Node, one file at a time
 * (each launches its own browser), with generous timeouts for a 2-core machine.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
