import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackgroundClient } from '../messaging/client';
import type { TabWatch } from './tab-watch';

/**
 * Everything the UI needs from the outside world, injected so tests pass fakes instead of
 * patching globals.
 */
export interface UiEnv {
  client: BackgroundClient;
  /** `browser.permissions`; `request` must be called straight from a click (a user gesture). */
  permissions: { request(p: { origins: string[] }): Promise<boolean> };
  clipboard: { writeText(text: string): Promise<void> };
  /** Saves a file (Blob + a[download] in the browser). */
  download(filename: string, blob: Blob): void;
  openOptions(): void;
  /** Tab events, so the panel follows the active tab; absent where there are none (tests, options). */
  tabs?: TabWatch;
}

/** Provides the UiEnv to components. */
export const EnvContext = createContext<UiEnv | null>(null);

/** The injected UiEnv; throws when a component is rendered outside an EnvContext provider. */
export function useEnv(): UiEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('UI rendered without an EnvContext provider');
  return env;
}
