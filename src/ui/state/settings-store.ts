import { signal, type ReadonlySignal } from '@preact/signals';
import { loadSettings, saveSettings, type Settings, type SettingsArea } from '../../browser/settings';
import { errorText } from './error-text';

/** The options page's copy of the settings; every change is saved at once. */
export interface SettingsStore {
  settings: ReadonlySignal<Settings | null>;
  /** "Saved" or the save error, for a status line. */
  status: ReadonlySignal<string>;
  load(): Promise<void>;
  /** Applies a change and saves it. */
  update(change: (s: Settings) => Settings): Promise<void>;
}

/** Creates the store; `storage` defaults to browser.storage.local. */
export function createSettingsStore(storage?: SettingsArea): SettingsStore {
  const settings = signal<Settings | null>(null);
  const status = signal('');
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
      try {
        await saveSettings(next, storage);
        status.value = 'Saved.';
      } catch (e) {
        status.value = `Not saved: ${errorText(e)}`;
      }
    },
  };
}
