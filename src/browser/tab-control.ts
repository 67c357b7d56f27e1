import { NavigationError, TimeoutError } from '../core/errors';

/** The slice of the tabs API the driver needs; tests pass a fake. */
export interface TabsApi {
  get(tabId: number): Promise<{ id?: number; url?: string; pendingUrl?: string; status?: string }>;
  update(tabId: number, props: { url?: string; active?: boolean }): Promise<unknown>;
  create(props: { url: string; active?: boolean }): Promise<{ id?: number }>;
  query(q: { active?: boolean; currentWindow?: boolean }): Promise<Array<{ id?: number; url?: string }>>;
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads a tab, turning "No tab with id" into a NavigationError the person can understand. */
export async function getTab(tabs: TabsApi, tabId: number) {
  try {
    return await tabs.get(tabId);
  } catch {
    throw new NavigationError('The tab this run was working in was closed.', { tabId, reason: 'tab-closed' });
  }
}

/**
 * Waits until the tab has finished loading (status "complete"). Polling survives a missed event
 * and costs one cheap API call per interval, which also keeps the worker alive.
 */
export async function waitForTabComplete(tabs: TabsApi, tabId: number, timeoutMs = 20_000, signal?: AbortSignal): Promise<string | undefined> {
  const started = Date.now();
  for (;;) {
    signal?.throwIfAborted();
    const tab = await getTab(tabs, tabId);
    if (tab.status === 'complete' && !tab.pendingUrl) return tab.url;
    if (Date.now() - started > timeoutMs) throw new TimeoutError('page load', timeoutMs);
    await sleep(80);
  }
}

/** Navigates a tab and waits for the new page to load. */
export async function navigateTab(tabs: TabsApi, tabId: number, url: string, timeoutMs = 20_000, signal?: AbortSignal): Promise<string | undefined> {
  const before = await getTab(tabs, tabId);
  await tabs.update(tabId, { url });
  // Wait for the navigation to start (status leaves "complete" or the URL changes) before waiting for its end.
  const started = Date.now();
  while (Date.now() - started < 1500) {
    const tab = await getTab(tabs, tabId);
    if (tab.status !== 'complete' || tab.pendingUrl || tab.url !== before.url) break;
    await sleep(40);
  }
  return waitForTabComplete(tabs, tabId, timeoutMs, signal);
}

/** Waits until the tab's URL contains `part`. */
export async function waitForUrl(tabs: TabsApi, tabId: number, part: string, timeoutMs = 15_000, signal?: AbortSignal): Promise<string> {
  const started = Date.now();
  for (;;) {
    signal?.throwIfAborted();
    const tab = await getTab(tabs, tabId);
    const url = tab.pendingUrl ?? tab.url ?? '';
    if (url.includes(part)) {
      await waitForTabComplete(tabs, tabId, timeoutMs, signal);
      return url;
    }
    if (Date.now() - started > timeoutMs) throw new TimeoutError(`waiting for the URL to contain "${part}"`, timeoutMs);
    await sleep(100);
  }
}
