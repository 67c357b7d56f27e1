import { browser } from 'wxt/browser';
import { createBackgroundClient } from '../messaging/client';
import { downloadBlob } from './export/download';
import { createTabWatch } from './tab-watch';
import type { UiEnv } from './env';

/** The real UiEnv of the side panel and options page. */
export function createBrowserEnv(): UiEnv {
  return {
    client: createBackgroundClient(),
    permissions: { request: (p) => browser.permissions.request(p) },
    clipboard: { writeText: (text) => navigator.clipboard.writeText(text) },
    download: (filename, blob) => downloadBlob(filename, blob),
    openOptions: () => { void browser.runtime.openOptionsPage(); },
    tabs: createTabWatch(),
  };
}
