import { signal, type ReadonlySignal } from '@preact/signals';
import type { BackgroundClient } from '../../messaging/client';
import type { TemplateSummary } from '../../messaging/protocol';
import { errorText } from './error-text';

/** Saved templates for buttons and goal suggestions. */
export interface TemplatesStore {
  templates: ReadonlySignal<TemplateSummary[]>;
  error: ReadonlySignal<string | null>;
  load(): Promise<void>;
}

/** True when the template names no sites, or one of them matches the page's origin or host. */
export function templateFits(t: TemplateSummary, url: string | null | undefined): boolean {
  if (!t.sites?.length) return true;
  if (!url) return false;
  let u: URL;
  try { u = new URL(url); } catch { return false; }
  return t.sites.some((site) => {
    const s = site.trim().toLowerCase().replace(/\/+$/, '');
    return s === u.origin || s === u.hostname || (s.startsWith('*.') && (u.hostname === s.slice(2) || u.hostname.endsWith(s.slice(1))));
  });
}

/** Creates the store around a background client. */
export function createTemplatesStore(client: BackgroundClient): TemplatesStore {
  const templates = signal<TemplateSummary[]>([]);
  const error = signal<string | null>(null);
  return {
    templates,
    error,
    async load() {
      try {
        templates.value = await client.request('template.list', {});
        error.value = null;
      } catch (e) {
        error.value = errorText(e);
      }
    },
  };
}
