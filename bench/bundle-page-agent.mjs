// Bundles src/page into one IIFE script that defines `window.ErrandPage` (the public API of
// src/page/index.ts), for injecting the page agent into pages in tests and benchmarks.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let cached;

/** @returns {Promise<string>} the bundled script text */
export async function bundlePageAgent({ minify = false } = {}) {
  if (cached && !minify) return cached;
  const result = await build({
    entryPoints: [join(root, 'src/page/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'ErrandPage',
    platform: 'browser',
    target: 'chrome110',
    write: false,
    minify,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  if (!minify) cached = text;
  return text;
}
