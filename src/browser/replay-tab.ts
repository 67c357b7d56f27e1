import type { RunRecord } from '../core/run';
import { PlanInvalid } from '../core/errors';
import { navigateTab, waitForTabComplete, type TabsApi } from './tab-control';
import { restrictedReason } from './restricted';

/**
 * The tab a replay acts in. The preferred tab (the panel's, else the original run's) is used when
 * it is open on a web page; it is first taken to the run's start URL when the plan does not begin
 * by opening a page itself. Otherwise the start URL opens in a new tab: the original tab may be
 * long closed, or now shows a browser page Errand cannot act on.
 * @example const tabId = await replayTab(tabs, run, panelTabId);
 */
export async function replayTab(tabs: TabsApi, run: RunRecord, preferred?: number): Promise<number> {
  const wanted = preferred ?? run.tabId;
  const tab = wanted === undefined ? null : await tabs.get(wanted).catch(() => null);
  const start = run.startUrl && !restrictedReason(run.startUrl) ? run.startUrl : undefined;
  if (tab?.id !== undefined && tab.url && !restrictedReason(tab.url)) {
    const opensPage = run.plan?.steps[0]?.kind === 'navigate';
    if (start && !opensPage && tab.url !== start) await navigateTab(tabs, tab.id, start);
    return tab.id;
  }
  if (start) {
    const created = await tabs.create({ url: start, active: true });
    if (created.id === undefined) throw new PlanInvalid('The browser did not open a tab for the replay.');
    await waitForTabComplete(tabs, created.id);
    return created.id;
  }
  // No page to go back to: a tab we cannot judge is still better than none (the run explains itself).
  if (tab?.id !== undefined) return tab.id;
  throw new PlanInvalid('The tab of this run is closed and the run has no start page to open. Open the page and run the goal again.');
}
