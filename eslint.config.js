import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import autoImports from './.wxt/eslint-auto-imports.mjs';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'coverage/**', 'node_modules/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  autoImports,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', fetch: 'readonly',
        document: 'readonly', window: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly',
        performance: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', Buffer: 'readonly',
        navigator: 'readonly', globalThis: 'readonly', chrome: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no browser APIs, no DOM.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'webextension-polyfill', '**/browser/**', '**/page/**', 'preact*'] }],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'document', 'window'],
    },
  },
);
