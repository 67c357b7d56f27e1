import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'templates/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}', 'demo/**/*.test.ts', 'tests/ai-server/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 15_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}', 'templates/**/*.ts'],
      exclude: ['**/__tests__/**', '**/*.test.*', '**/*.d.ts', 'src/**/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: {
        lines: 80,
        'src/core/**': { lines: 90 },
      },
    },
  },
});
