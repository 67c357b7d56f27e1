/** Bundles src/page into an IIFE script defining `window.ErrandPage`. */
export function bundlePageAgent(options?: { minify?: boolean }): Promise<string>;
