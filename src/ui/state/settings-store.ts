import { signal, type ReadonlySignal } from '@preact/signals';
import { loadSettings, saveSettings, watchSettings, type Settings, type SettingsArea, type SettingsEvents } from '../../browser/settings';
import { errorText } from './error-text';

/** The options page's copy of the settings; every change is saved at once. */
export interface SettingsStore {
  settings: ReadonlySignal<Settings | null>;
  /** "Saved" or the save error, for a status line. */
  status: ReadonlySignal<string>;
  load(): Promise<void>;
  /** Applies a change and saves it. */
  update(change: (s: Settings) => Settings): Promise<void>;
  /**
   * Follows changes saved elsewhere (another options tab, the background) until `signal` aborts.
   * `events` defaults to browser.storage.
   */
  watch(signal: AbortSignal, events?: SettingsEvents): void;
}

/** JSON with object keys sorted, so equal settings compare equal whatever order their keys were built in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

/** Creates the store; `storage` defaults to browser.storage.local. */
export function createSettingsStore(storage?: SettingsArea): SettingsStore {
  const settings = signal<Settings | null>(null);
  const status = signal('');
  // Our own saves come back as storage changes; they must not undo a newer edit made meanwhile.
  const ownSaves = new Map<string, number>();
  const forget = (key: string) => {
    const n = (ownSaves.get(key) ?? 0) - 1;
    if (n > 0) ownSaves.set(key, n); else ownSaves.delete(key);
  };
  return {
    settings,
    status,
    async load() {
      settings.value = await loadSettings(storage);
    },
    async update(change) {
      if (!settings.value) return;
      const next = change(settings.value);
      settings.value = next;
      const key = stableJson(next);
      ownSaves.set(key, (ownSaves.get(key) ?? 0) + 1);
      try {
        await saveSettings(next, storage);
        status.value = 'Saved.';
      } catch (e) {
        forget(key);
        status.value = `Not saved: ${errorText(e)}`;
      }
    },
    watch(signal, events) {
      watchSettings((changed) => {
        const key = stableJson(changed);
        if (ownSaves.has(key)) { forget(key); return; }
        if (settings.value && stableJson(settings.value) === key) return;
        settings.value = changed;
        status.value = 'Settings changed elsewhere; showing the new ones.';
      }, { storage: events, signal });
    },
  };
}
