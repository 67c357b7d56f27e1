import { createSettingsStore } from '../settings-store';
import { defaultSettings, SETTINGS_KEY, type Settings, type SettingsArea, type SettingsEvents } from '../../../browser/settings';

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

/** A storage area whose change events the test delivers by hand, late, like the real one can. */
function slowStorage() {
  const data: Record<string, unknown> = {};
  const listeners = new Set<(c: Record<string, { newValue?: unknown }>, area: string) => void>();
  const queued: Array<Record<string, { newValue?: unknown }>> = [];
  const storage: SettingsArea = { get: async () => ({ ...data }), set: async (items) => { Object.assign(data, items); queued.push(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]))); } };
  const events: SettingsEvents = { onChanged: { addListener: (l) => { listeners.add(l); }, removeListener: (l) => { listeners.delete(l); } } };
  const deliver = () => { for (const c of queued.splice(0)) for (const l of listeners) l(c, 'local'); };
  const external = (s: Settings) => { for (const l of listeners) l({ [SETTINGS_KEY]: { newValue: s } }, 'local'); };
  return { storage, events, deliver, external, listeners };
}

describe('settings store following changes', () => {
  it('an echo of its own older save does not undo a newer edit', async () => {
    const f = slowStorage();
    const store = createSettingsStore(f.storage);
    store.watch(new AbortController().signal, f.events);
    await store.load();
    await store.update((s) => ({ ...s, secrets: { email: 'a' } }));
    await store.update((s) => ({ ...s, secrets: { email: 'ab' } }));
    f.deliver();
    expect(store.settings.value?.secrets).toEqual({ email: 'ab' });
    expect(store.status.value).toBe('Saved.');
  });

  it('takes a change saved elsewhere, until stopped', async () => {
    const f = slowStorage();
    const store = createSettingsStore(f.storage);
    const stop = new AbortController();
    store.watch(stop.signal, f.events);
    await store.load();
    f.external({ ...defaultSettings(), secrets: { pin: '1' } });
    expect(store.settings.value?.secrets).toEqual({ pin: '1' });
    expect(store.status.value).toMatch(/changed elsewhere/);
    stop.abort();
    expect(f.listeners.size).toBe(0);
  });

  it('takes an outside change back to a value it saved earlier', async () => {
    const f = slowStorage();
    const store = createSettingsStore(f.storage);
    store.watch(new AbortController().signal, f.events);
    await store.load();
    await store.update((s) => ({ ...s, secrets: { email: 'a' } }));
    f.deliver();
    f.external(defaultSettings());
    expect(store.settings.value).toEqual(defaultSettings());
  });
});
