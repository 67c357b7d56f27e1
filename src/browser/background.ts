import { browser } from 'wxt/browser';
import { createRouter, isOwnExtensionPage } from './router';
import { createEventsHub } from './events-port';
import { createKeepAlive } from './keepalive';
import { installContextMenu, type ContextMenuApis } from './context-menu';
import { createServices, type Services } from './services';
import { runHandlers } from './handlers/run-handlers';
import { templateHandlers } from './handlers/template-handlers';
import { dataHandlers } from './handlers/data-handlers';
import type { TabsApi } from './tab-control';

/**
 * Wires the background service worker. Listeners are registered synchronously (MV3 requires it)
 * and wait for the services, which are built once per worker start; then runs that were
 * interrupted by a worker restart resume from their cursor.
 */
export function startBackground(): void {
  const tabs = browser.tabs as unknown as TabsApi;
  const ownPrefix = browser.runtime.getURL('/');
  let services: Services | undefined;
  const hub = createEventsHub({
    isTrusted: (port) => isOwnExtensionPage({ id: browser.runtime.id, url: port.sender?.url }, browser.runtime.id, ownPrefix),
    eventsAfter: async (runId, after) => (await ready).orchestrator.events(runId, after),
    getRun: async (runId) => (await ready).orchestrator.get(runId),
  });
  const keepAlive = createKeepAlive({
    ping: () => browser.runtime.getPlatformInfo(),
    isActive: () => services?.orchestrator.isActive() ?? false,
    alarms: browser.alarms,
  });
  const ready = createServices((event, run) => hub.publish(event, run)).then((svc) => {
    services = svc;
    return svc;
  });

  const route = ready.then((svc) => createRouter({
    ...runHandlers(svc, tabs, keepAlive.start),
    ...templateHandlers(svc, tabs, keepAlive.start),
    ...dataHandlers(svc),
  }, browser.runtime.id, ownPrefix));

  browser.runtime.onMessage.addListener(((message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => {
    if (!(message && typeof message === 'object' && (message as { errand?: number }).errand === 1)) return undefined;
    void route.then((r) => r(message, sender as never)).then((reply) => reply && sendResponse(reply));
    return true;
  }) as never);
  browser.runtime.onConnect.addListener((port) => hub.accept(port as never));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === keepAlive.ALARM) void ready.then((svc) => (svc.orchestrator.isActive() ? undefined : keepAlive.stop()));
  });

  const apis = browser as unknown as ContextMenuApis & { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } };
  installContextMenu(apis);
  void apis.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  // Firefox: the toolbar button toggles the sidebar (Chrome's side panel opens by itself).
  const fx = browser as unknown as { browserAction?: { onClicked: { addListener(f: () => void): void } }; sidebarAction?: { toggle(): Promise<void> } };
  fx.browserAction?.onClicked.addListener(() => void fx.sidebarAction?.toggle());

  void ready.then(async (svc) => {
    // Old finished runs beyond the history limit go first, then interrupted runs resume.
    await svc.store.prune(svc.config.runsKept).catch(() => 0);
    const resumed = await svc.orchestrator.resumeInterrupted();
    if (resumed.length) keepAlive.start();
  });
}
