import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SETTINGS_KEY, defaultSettings, loadSettings, saveSettings, watchSettings, resolveProvider, redactSettings, type Settings,
} from '../settings';

const withProvider = (): Settings => ({
  ...defaultSettings(),
  providers: [{ id: 'p1', preset: 'openai', model: 'gpt-4o-mini', apiKey: 'sk-secret', enabled: true }],
  secrets: { email: 'me@example.com' },
});

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives every flag on and no providers when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({
      providers: [], secrets: {}, flags: { aiPlanning: true, advancedRetry: true, progressEvents: true, templates: true, offlineFirst: true },
    });
  });

  it('saves to storage.local under errand:settings and reads it back', async () => {
    await saveSettings(withProvider());
    const raw = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect((raw[SETTINGS_KEY] as Settings).providers[0].apiKey).toBe('sk-secret');
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual({});
    expect(await loadSettings()).toEqual(withProvider());
  });

  it('keeps the good providers when one stored entry is broken', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: {
      providers: [{ id: 'x', preset: 'nope' }, { id: 'p2', preset: 'ollama', model: 'llama3.1' }],
      flags: { aiPlanning: false },
    } });
    const s = await loadSettings();
    expect(s.providers).toEqual([{ id: 'p2', preset: 'ollama', model: 'llama3.1', enabled: true }]);
    expect(s.flags.aiPlanning).toBe(false);
    expect(s.flags.templates).toBe(true);
  });

  it('falls back to defaults for garbage', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('rejects saving an invalid provider', async () => {
    const bad = { ...defaultSettings(), providers: [{ id: '', preset: 'openai', model: 'm', enabled: true }] } as Settings;
    await expect(saveSettings(bad)).rejects.toThrow();
  });

  it('tells watchers about changes until aborted', async () => {
    const seen: Settings[] = [];
    const ctrl = new AbortController();
    watchSettings((s) => seen.push(s), { signal: ctrl.signal });
    await saveSettings(withProvider());
    await fakeBrowser.storage.local.set({ other: 1 });
    ctrl.abort();
    await saveSettings(defaultSettings());
    expect(seen).toEqual([withProvider()]);
  });

  it('fills base URL and model from the preset', () => {
    expect(resolveProvider({ id: 'a', preset: 'ollama', model: '', enabled: true }))
      .toMatchObject({ baseURL: 'http://localhost:11434/v1', model: 'llama3.1' });
    expect(resolveProvider({ id: 'b', preset: 'custom', model: 'm', baseURL: ' http://x/v1 ', enabled: true }).baseURL).toBe('http://x/v1');
  });

  it('redacts keys and secret values for export', () => {
    const r = redactSettings(withProvider());
    expect(JSON.stringify(r)).not.toContain('sk-secret');
    expect(JSON.stringify(r)).not.toContain('me@example.com');
    expect(r.secrets).toEqual({ email: '' });
  });
});
