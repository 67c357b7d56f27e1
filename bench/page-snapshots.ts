// Real PageSnapshots of pages, taken by the bundled page agent in headless Chromium: what the
// extension's planners see (the driver calls `takeSnapshot(document)` with its defaults).
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../scripts/lib/chromium';
import type { PageSnapshot } from '../src/core/ports';
import { bundlePageAgent } from './bundle-page-agent.mjs';

/** How the benchmarks launch Chromium: the runner's binary and flags, minus loading the extension. */
export function benchChromium(): { executablePath: string; args: string[] } {
  const args = chromiumArgs('').filter((a) => !a.startsWith('--disable-extensions-except=') && !a.startsWith('--load-extension='));
  return { executablePath: ensureChromium(), args };
}

/** A snapshot source: one Chromium page, one snapshot per URL (after the page's load event). */
export interface PageSnapshotter {
  snapshot(url: string): Promise<PageSnapshot>;
  /** Chromium's version string, e.g. "HeadlessChrome/156.0.7589.0". */
  version: string;
  close(): Promise<void>;
}

/** Launches headless Chromium with the page agent bundle ready to inject. */
export async function startSnapshotter(): Promise<PageSnapshotter> {
  const script = await bundlePageAgent({ minify: true });
  const { executablePath, args } = benchChromium();
  const browser = await chromium.launch({ executablePath, headless: true, args });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let pageError = '';
  page.on('pageerror', (e) => { pageError = e.message; });
  return {
    version: browser.version(),
    async snapshot(url) {
      await page.goto(url, { waitUntil: 'load' });
      // Pages that draw their content after load (a shop rendering tiles from JSON) get a moment.
      await page.waitForLoadState('networkidle').catch(() => undefined);
      pageError = '';
      await page.addScriptTag({ content: script });
      const snapshot = await page.evaluate(() => (window as unknown as { ErrandPage?: { takeSnapshot(d: Document): PageSnapshot } }).ErrandPage?.takeSnapshot(document));
      if (!snapshot) throw new Error(`The page agent did not start in ${url}: ${pageError || 'window.ErrandPage is missing'}`);
      return snapshot;
    },
    close: () => browser.close(),
  };
}
