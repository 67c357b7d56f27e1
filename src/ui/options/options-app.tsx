import { useEffect, useMemo } from 'preact/hooks';
import { EnvContext, type UiEnv } from '../env';
import type { SettingsArea, SettingsEvents } from '../../browser/settings';
import { createSettingsStore } from '../state/settings-store';
import { ProvidersSection } from './providers-section';
import { FlagsSection } from './flags-section';
import { DataSection } from './data-section';
import { SecretsSection } from './secrets-section';

/**
 * The options page. `storage` defaults to browser.storage.local and `events` to browser.storage:
 * settings saved elsewhere (another options tab, the background) show without a reload.
 */
export function OptionsApp({ env, storage, events }: { env: UiEnv; storage?: SettingsArea; events?: SettingsEvents }) {
  const store = useMemo(() => createSettingsStore(storage), [storage]);
  useEffect(() => {
    const stop = new AbortController();
    store.watch(stop.signal, events);
    void store.load();
    return () => stop.abort();
  }, [store, events]);
  return (
    <EnvContext.Provider value={env}>
      <main class="app options">
        <h1>Errand options</h1>
        <p class="hint" role="status" aria-live="polite">{store.status.value}</p>
        {store.settings.value ? (
          <>
            <ProvidersSection store={store} />
            <FlagsSection store={store} />
            <SecretsSection store={store} />
            <DataSection />
          </>
        ) : <p class="muted">Loading…</p>}
      </main>
    </EnvContext.Provider>
  );
}
