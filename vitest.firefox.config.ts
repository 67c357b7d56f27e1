import { defineConfig } from 'vitest/config';

// Firefox smoke test: headless Firefox driven over WebDriver BiDi (scripts/lib/firefox-bidi.ts)
// with the automation build in .output/firefox-mv2-automation (`npm run test:firefox` builds it).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
