import { browser } from 'wxt/browser';

/** What the panel hears about tabs: the active tab of its window changed, or a tab's page changed. */
export interface TabWatchHandlers {
  onActive(tabId: number): void;
  onChange(tabId: number): void;
}

/** Tab events for the panel, stopped by an AbortSignal. */
export interface TabWatch {
  watch(handlers: TabWatchHandlers, signal: AbortSignal): void;
}

interface ActiveInfo { tabId: number; windowId: number }
interface ChangeInfo { url?: string; title?: string; status?: string }
interface TabEvent<F> { addListener(fn: F): void; removeListener(fn: F): void }

/** The slices of `browser.tabs` / `browser.windows` a TabWatch needs (fakeBrowser in tests). */
export interface TabWatchApis {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    onActivated: TabEvent<(info: ActiveInfo) => void>;
    onUpdated: TabEvent<(tabId: number, change: ChangeInfo) => void>;
  };
  windows: { getCurrent(): Promise<{ id?: number }> };
}

/**
 * Tab events as the panel sees them: activations in the panel's own window only (not in other
 * windows, and not the panel itself when it is open as a tab), and page changes (URL, title, load).
 */
export function createTabWatch(apis: TabWatchApis = browser as unknown as TabWatchApis): TabWatch {
  return {
    watch(handlers, signal) {
      let windowId: number | undefined;
      let ownTabId: number | undefined;
      const ready = Promise.all([
        apis.windows.getCurrent().then((w) => { windowId = w.id; }, () => {}),
        apis.tabs.getCurrent().then((t) => { ownTabId = t?.id; }, () => {}),
      ]);
      const onActivated = (info: ActiveInfo) => {
        void ready.then(() => {
          if (signal.aborted || info.tabId === ownTabId) return;
          if (windowId !== undefined && info.windowId !== windowId) return;
          handlers.onActive(info.tabId);
        });
      };
      const onUpdated = (tabId: number, change: ChangeInfo) => {
        if (change.url !== undefined || change.title !== undefined || change.status === 'complete') handlers.onChange(tabId);
      };
      apis.tabs.onActivated.addListener(onActivated);
      apis.tabs.onUpdated.addListener(onUpdated);
      signal.addEventListener('abort', () => {
        apis.tabs.onActivated.removeListener(onActivated);
        apis.tabs.onUpdated.removeListener(onUpdated);
      }, { once: true });
    },
  };
}
