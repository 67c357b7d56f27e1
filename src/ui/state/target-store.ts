import { signal, type ReadonlySignal } from '@preact/signals';
import type { BackgroundClient } from '../../messaging/client';
import { restrictedReason } from '../../browser/restricted';
import { errorText } from './error-text';

/** The tab the panel acts on. `restricted` says why Errand cannot act on it (null when it can). */
export interface PanelTarget {
  tabId: number | null;
  url: string | null;
  title: string | null;
  restricted: string | null;
  /** Text selected on the page when the panel opened, if the background could read it. */
  selection?: string | null;
}

/** The panel's target tab. */
export interface TargetStore {
  target: ReadonlySignal<PanelTarget | null>;
  error: ReadonlySignal<string | null>;
  /** Reads `?tabId=N` from the panel URL, else asks the background for the active tab. */
  load(search: string): Promise<void>;
}

/** The tab id given in the panel URL (`?tabId=12`), if any. */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Creates the store around a background client. */
export function createTargetStore(client: BackgroundClient): TargetStore {
  const target = signal<PanelTarget | null>(null);
  const error = signal<string | null>(null);
  return {
    target,
    error,
    async load(search) {
      const tabId = tabIdFromQuery(search);
      try {
        const r = await client.request('panel.target', tabId === undefined ? {} : { tabId });
        const url = r.url ?? null;
        target.value = {
          tabId: r.tabId ?? tabId ?? null,
          url,
          title: r.title ?? null,
          selection: r.selection ?? null,
          // The background may not see the URL without host access; only a known URL can be judged.
          restricted: r.restricted ?? (url ? restrictedReason(url) : null),
        };
        error.value = null;
      } catch (e) {
        target.value = tabId === undefined ? null : { tabId, url: null, title: null, restricted: null };
        error.value = errorText(e);
      }
    },
  };
}
