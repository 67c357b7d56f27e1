import { signal, type ReadonlySignal } from '@preact/signals';
import type { BackgroundClient } from '../../messaging/client';
import { restrictedReason } from '../../browser/restricted';
import { MAX_SELECTION } from '../../browser/context-menu';
import type { TabWatch } from '../tab-watch';
import { errorText } from './error-text';

/** The tab the panel acts on. `restricted` says why Errand cannot act on it (null when it can). */
export interface PanelTarget {
  tabId: number | null;
  url: string | null;
  title: string | null;
  restricted: string | null;
  /** Text selected on the page when the panel was opened for it ("Automate this page" on a selection). */
  selection?: string | null;
}

/**
 * The panel's target tab. A panel opened for a tab (`?tabId=`, the context menu) stays bound to
 * it; otherwise it follows the active tab of its window.
 */
export interface TargetStore {
  target: ReadonlySignal<PanelTarget | null>;
  error: ReadonlySignal<string | null>;
  /** True while bound to one tab; false while following the active tab. */
  bound: ReadonlySignal<boolean>;
  /** Reads `?tabId=N&selection=…` from the panel URL, else asks the background for the active tab. */
  load(search: string): Promise<void>;
  /** Stops being bound and takes the active tab of the window. */
  follow(): Promise<void>;
  /** Keeps the target current (active tab while following, page changes always) until `signal` aborts. */
  watch(tabs: TabWatch, signal: AbortSignal): void;
}

/** The tab id given in the panel URL (`?tabId=12`), if any. */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The page selection given in the panel URL (`?selection=…`), trimmed; null when none. */
export function selectionFromQuery(search: string): string | null {
  const raw = new URLSearchParams(search).get('selection')?.replace(/\s+/g, ' ').trim();
  return raw ? raw.slice(0, MAX_SELECTION) : null;
}

/** Creates the store around a background client. */
export function createTargetStore(client: BackgroundClient, ownOrigin: string | undefined = globalThis.location?.origin): TargetStore {
  const target = signal<PanelTarget | null>(null);
  const error = signal<string | null>(null);
  const bound = signal(false);
  let issued = 0;
  let applied = 0;

  /**
   * Asks the background about a tab (or the active one); an answer older than one already shown is
   * dropped, and an ignored answer (another Errand page) leaves the others alone.
   * `selection` undefined keeps the current one while the tab still shows the same page.
   */
  async function describe(tabId: number | undefined, selection?: string | null): Promise<void> {
    const mine = ++issued;
    try {
      const r = await client.request('panel.target', tabId === undefined ? {} : { tabId });
      const url = r.url ?? null;
      // Another Errand page (a second panel, Options) coming to the front is never a page to act on.
      if (!bound.value && url && ownOrigin?.includes('-extension:') && url.startsWith(`${ownOrigin}/`)) return;
      if (mine < applied) return;
      applied = mine;
      const before = target.value;
      target.value = {
        tabId: r.tabId ?? tabId ?? null,
        url,
        title: r.title ?? null,
        selection: selection !== undefined ? selection ?? r.selection ?? null
          : before && before.tabId === r.tabId && before.url === url ? before.selection ?? null : null,
        // The background may not see the URL without host access; only a known URL can be judged.
        restricted: r.restricted ?? (url ? restrictedReason(url) : null),
      };
      error.value = null;
    } catch (e) {
      if (mine < applied) return;
      applied = mine;
      target.value = tabId === undefined ? null : { tabId, url: null, title: null, restricted: null, selection: selection ?? null };
      error.value = errorText(e);
    }
  }

  return {
    target,
    error,
    bound,
    async load(search) {
      const tabId = tabIdFromQuery(search);
      bound.value = tabId !== undefined;
      await describe(tabId, selectionFromQuery(search));
    },
    async follow() {
      bound.value = false;
      await describe(undefined, null);
    },
    watch(tabs, stop) {
      tabs.watch({
        onActive(tabId) {
          if (!bound.value && tabId !== target.value?.tabId) void describe(tabId, null);
        },
        onChange(tabId) {
          // New URL or title in the target tab; a selection made on an earlier page is dropped.
          if (tabId === target.value?.tabId) void describe(tabId);
        },
      }, stop);
    },
  };
}
