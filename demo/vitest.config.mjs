// Runs the demo-site tests on their own: npx vitest run --config demo/vitest.config.mjs
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    globals: true,
    environment: 'node',
    include: ['demo/**/*.test.ts'],
    testTimeout: 15_000,
  },
});
