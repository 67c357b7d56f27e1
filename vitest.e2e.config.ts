import { defineConfig } from 'vitest/config';

// e2e: real Chromium with the built extension; one file at a time (2 cores, one browser each).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
    reporters: ['default'],
  },
});
