import { createSettingsStore } from '../settings-store';
import { defaultSettings, type SettingsArea } from '../../../browser/settings';

describe('settings store', () => {
  it('reports a save that failed validation instead of throwing', async () => {
    const data: Record<string, unknown> = {};
    const storage: SettingsArea = { get: async () => data, set: async (items) => { Object.assign(data, items); } };
    const store = createSettingsStore(storage);
    await store.update((s) => s);
    expect(store.settings.value).toBeNull();
    await store.load();
    expect(store.settings.value).toEqual(defaultSettings());
    await store.update((s) => ({ ...s, secrets: { 'bad name': 'x' } }));
    expect(store.status.value).toMatch(/^Not saved:/);
    expect(data).toEqual({});
  });
});
