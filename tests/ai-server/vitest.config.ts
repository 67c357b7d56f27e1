// Runs the AI test server's own tests: npx vitest run --config tests/ai-server/vitest.config.ts
// (the root config's include list does not cover tests/ai-server yet).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

export default mergeConfig(base, defineConfig({ test: { include: ['tests/ai-server/**/*.test.ts'] } }));
