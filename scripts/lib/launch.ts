import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, ensureChromium } from './chromium';

/** Where the automation build (host access granted at install) is written; $ERRAND_EXTENSION_DIR overrides. */
export const AUTOMATION_BUILD = resolve(process.env.ERRAND_EXTENSION_DIR ?? '.output/chrome-mv3-automation');

/** A Chromium with Errand loaded, plus the helpers tests and the runner need. */
export interface ErrandBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens the side panel page as a tab, bound to `tabId` when given. */
  openPanel(tabId?: number): Promise<Page>;
  /** Stops the extension's service worker, as Chrome does after 30 s idle. */
  stopServiceWorker(): Promise<void>;
  /** The current service worker, waiting for a new one if it was stopped. */
  serviceWorker(): Promise<Worker>;
  /** Tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension. */
export async function launchErrand(opts: { extensionPath?: string; headless?: boolean; userDataDir?: string } = {}): Promise<ErrandBrowser> {
  const extensionPath = opts.extensionPath ?? AUTOMATION_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionPath}: run \`npm run build\` first.`);
  }
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'errand-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: opts.headless ?? true,
    args: chromiumArgs(extensionPath),
    viewport: { width: 1280, height: 900 },
  });
  const serviceWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const extensionId = new URL((await serviceWorker()).url()).host;
  let panel: Page | undefined;

  const helperPage = async (): Promise<Page> => {
    if (panel && !panel.isClosed()) return panel;
    const pages = context.pages().filter((p) => p.url().startsWith(`chrome-extension://${extensionId}/`));
    if (pages[0]) return pages[0];
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/options.html`);
    return panel;
  };

  return {
    context,
    extensionId,
    async openPanel(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
      panel = page;
      return page;
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    serviceWorker,
    async tabIdOf(page) {
      const url = page.url();
      const ext = await helperPage();
      const id = await ext.evaluate(async (u) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
        const all = await api.tabs.query({});
        return all.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async close() {
      await context.close().catch(() => {});
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
