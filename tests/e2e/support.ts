import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launchErrand, type ErrandBrowser } from '../../scripts/lib/launch';
import { askBackground, setExtensionStorage } from '../../scripts/lib/extension-rpc';
import type { RunRecord } from '../../src/core/run';
import type { RunEvent } from '../../src/core/events';

export { askBackground };
/** Demo site URLs started by global-setup. */
export const demo = () => inject('demo');

/** Launches Chromium with the built extension for one test file. */
export async function startErrand(): Promise<ErrandBrowser> {
  return launchErrand({ headless: true });
}

/** Opens a URL in a new tab and the panel bound to it. */
export async function openWithPanel(errand: ErrandBrowser, url: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await errand.context.newPage();
  await page.goto(url);
  const tabId = await errand.tabIdOf(page);
  const panel = await errand.openPanel(tabId);
  return { page, panel, tabId };
}

/** Polls the background until the run reaches one of `statuses`. */
export async function waitForStatus(panel: Page, runId: string, statuses: RunRecord['status'][], timeoutMs = 60_000): Promise<RunRecord> {
  const t0 = Date.now();
  let last: RunRecord | null = null;
  while (Date.now() - t0 < timeoutMs) {
    last = await askBackground<RunRecord | null>(panel, 'run.get', { runId }).catch(() => null);
    if (last && statuses.includes(last.status)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Run ${runId} did not reach ${statuses.join('/')} (last: ${last?.status}, error: ${last?.error?.message})`);
}

/** All stored events of a run. */
export async function eventsOf(panel: Page, runId: string): Promise<RunEvent[]> {
  return askBackground<RunEvent[]>(panel, 'run.events', { runId, afterSeq: 0 });
}

/** The newest run. */
export async function latestRun(panel: Page): Promise<RunRecord> {
  const [run] = await askBackground<RunRecord[]>(panel, 'run.list', { limit: 1 });
  return run;
}

/**
 * Makes the local OpenAI-compatible test server the only provider, with templates and
 * offline-first off, so every goal is planned by "the model" (through an extension page).
 */
export async function useModelOnly(extPage: Page, baseURL: string): Promise<void> {
  await setExtensionStorage(extPage, {
    'errand:settings': {
      providers: [{ id: 'test', preset: 'custom', baseURL, model: 'test-model', apiKey: 'k', enabled: true }],
      flags: { aiPlanning: true, advancedRetry: true, progressEvents: true, templates: false, offlineFirst: false },
      secrets: {},
    },
  });
}
