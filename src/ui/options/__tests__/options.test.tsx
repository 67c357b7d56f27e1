// @vitest-environment happy-dom
import { render, screen, fireEvent, cleanup, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FakeClient, fakeEnv, flush } from '../../__tests__/fakes';
import { OptionsApp } from '../options-app';
import { loadSettings, saveSettings, defaultSettings, SETTINGS_KEY } from '../../../browser/settings';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

async function open(c = new FakeClient(), grant = true) {
  const f = fakeEnv(c, grant);
  render(<OptionsApp env={f.env} />);
  await flush();
  return f;
}
const provider = () => screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET' && /^\d\./.test(g.querySelector('legend')?.textContent ?? ''))!;

describe('options: providers', () => {
  it('adds a provider from a preset and stores its key in storage.local only', async () => {
    await open();
    expect(screen.getByText('No provider yet.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Preset for the new provider'), { target: { value: 'openrouter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add provider' }));
    await flush();
    const card = within(provider());
    expect((card.getByLabelText('Base URL') as HTMLInputElement).placeholder).toBe('https://openrouter.ai/api/v1');
    const key = card.getByLabelText('API key') as HTMLInputElement;
    expect(key.type).toBe('password');
    fireEvent.change(key, { target: { value: 'sk-or-123' } });
    fireEvent.change(card.getByLabelText('Model'), { target: { value: 'anthropic/claude-haiku-4.5' } });
    await flush();
    const s = await loadSettings();
    expect(s.providers).toEqual([expect.objectContaining({ preset: 'openrouter', apiKey: 'sk-or-123', model: 'anthropic/claude-haiku-4.5', enabled: true })]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  it('switches the default model with the preset, disables and removes a provider', async () => {
    await saveSettings({ ...defaultSettings(), providers: [{ id: 'p1', preset: 'openai', model: 'gpt-4o-mini', enabled: true }] });
    await open();
    const card = within(provider());
    fireEvent.change(card.getByLabelText('Preset'), { target: { value: 'ollama' } });
    await flush();
    expect((await loadSettings()).providers[0]).toMatchObject({ preset: 'ollama', model: 'llama3.1' });
    fireEvent.click(within(provider()).getByRole('checkbox', { name: 'Enabled' }));
    await flush();
    expect((await loadSettings()).providers[0].enabled).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ollama' }));
    await flush();
    expect((await loadSettings()).providers).toEqual([]);
  });

  it('changes the fallback order', async () => {
    await saveSettings({ ...defaultSettings(), providers: [
      { id: 'a', preset: 'openai', model: 'gpt-4o-mini', enabled: true },
      { id: 'b', preset: 'ollama', model: 'llama3.1', enabled: true },
    ] });
    await open();
    expect((screen.getByRole('button', { name: 'Move OpenAI up' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move Ollama up' }));
    await flush();
    expect((await loadSettings()).providers.map((p) => p.id)).toEqual(['b', 'a']);
    fireEvent.click(screen.getByRole('button', { name: 'Move Ollama down' }));
    await flush();
    expect((await loadSettings()).providers.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('tests the connection after asking for access to the provider host', async () => {
    await saveSettings({ ...defaultSettings(), providers: [{ id: 'p1', preset: 'ollama', model: 'llama3.1', enabled: true }] });
    const c = new FakeClient().on('provider.test', () => ({ ok: true, model: 'llama3.1', latencyMs: 42 }));
    const f = await open(c);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection to Ollama' }));
    await flush();
    expect(f.permissionRequests).toEqual([['http://localhost:11434/*']]);
    expect(c.sent('provider.test')).toEqual([{ provider: { id: 'p1', preset: 'ollama', model: 'llama3.1', enabled: true } }]);
    expect(screen.getByText('Connected to llama3.1 in 42 ms.').getAttribute('role')).toBe('status');
  });

  it('reports a failed connection test', async () => {
    await saveSettings({ ...defaultSettings(), providers: [{ id: 'p1', preset: 'openai', model: 'gpt-4o-mini', enabled: true }] });
    const c = new FakeClient().on('provider.test', () => ({ ok: false, error: '401: invalid API key' }));
    await open(c);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection to OpenAI' }));
    await flush();
    expect(screen.getByText('Failed: 401: invalid API key')).toBeTruthy();
  });

  it('does not test without host access or a valid address', async () => {
    await saveSettings({ ...defaultSettings(), providers: [{ id: 'p1', preset: 'custom', model: 'm', enabled: true }] });
    const c = new FakeClient();
    await open(c, false);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection to Custom URL' }));
    expect(screen.getByText('Enter a valid base URL first.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Base URL'), { target: { value: 'https://llm.example/v1' } });
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection to Custom URL' }));
    await flush();
    expect(screen.getByText(/needs access to llm.example/)).toBeTruthy();
    expect(c.sent('provider.test')).toEqual([]);
  });
});

describe('options: flags and secrets', () => {
  it('toggles feature flags', async () => {
    await open();
    const ai = screen.getByRole('checkbox', { name: 'AI planning' }) as HTMLInputElement;
    expect(ai.checked).toBe(true);
    fireEvent.click(ai);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Templates' }));
    await flush();
    expect((await loadSettings()).flags).toEqual({ aiPlanning: false, advancedRetry: true, progressEvents: true, templates: false, offlineFirst: true });
    const builtin = screen.getByRole('checkbox', { name: "Chrome's built-in model" }) as HTMLInputElement;
    expect(builtin.checked).toBe(false);
    fireEvent.click(builtin);
    await flush();
    expect((await loadSettings()).flags.chromeBuiltin).toBe(true);
  });

  it('shows settings changed elsewhere without a reload', async () => {
    await open();
    expect((screen.getByRole('checkbox', { name: 'AI planning' }) as HTMLInputElement).checked).toBe(true);
    const changed = { ...defaultSettings(), flags: { ...defaultSettings().flags, aiPlanning: false }, providers: [{ id: 'p1', preset: 'ollama' as const, model: 'llama3.1', enabled: true }] };
    await saveSettings(changed);
    await flush();
    expect((screen.getByRole('checkbox', { name: 'AI planning' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('button', { name: 'Remove Ollama' })).toBeTruthy();
    expect(screen.getByText(/changed elsewhere/)).toBeTruthy();
  });

  it('adds, edits and removes secrets', async () => {
    await open();
    fireEvent.input(screen.getByLabelText('Secret name'), { target: { value: 'email' } });
    fireEvent.input(screen.getByLabelText('Secret value'), { target: { value: 'me@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add secret' }));
    await flush();
    expect((await loadSettings()).secrets).toEqual({ email: 'me@example.com' });
    const field = screen.getByLabelText('email') as HTMLInputElement;
    expect(field.type).toBe('password');
    fireEvent.change(field, { target: { value: 'you@example.com' } });
    await flush();
    expect((await loadSettings()).secrets).toEqual({ email: 'you@example.com' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove secret email' }));
    await flush();
    expect((await loadSettings()).secrets).toEqual({});
  });

  it('refuses a secret name a plan could not refer to', async () => {
    await open();
    fireEvent.input(screen.getByLabelText('Secret name'), { target: { value: 'my email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add secret' }));
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/Names use letters/);
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({});
  });
});

describe('options: data', () => {
  function dataClient() {
    return new FakeClient()
      .on('cache.clear', () => ({ cleared: 3 }))
      .on('memory.clear', () => ({ cleared: 1 }))
      .on('history.prune', ({ keep }) => ({ deleted: keep === 10 ? 5 : 0 }))
      .on('data.export', () => ({ version: 1, runs: [{ id: 'r1', goal: 'café' }] }))
      .on('data.import', () => ({ imported: { runs: 1, events: 0, templates: 2, planCache: 3, selectorMemory: 1 } }));
  }

  it('clears the plan cache and selector memory', async () => {
    const c = dataClient();
    await open(c);
    fireEvent.click(screen.getByRole('button', { name: 'Clear plan cache' }));
    await flush();
    expect(screen.getByText('Cleared 3 cached plans.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear selector memory' }));
    await flush();
    expect(screen.getByText('Cleared 1 remembered selector.')).toBeTruthy();
  });

  it('prunes history to the newest N runs and checks N', async () => {
    const c = dataClient();
    await open(c);
    fireEvent.input(screen.getByLabelText('Keep newest runs'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prune history' }));
    await flush();
    expect(c.sent('history.prune')).toEqual([{ keep: 10 }]);
    expect(screen.getByText('Deleted 5 old runs.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Keep newest runs'), { target: { value: '-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prune history' }));
    await flush();
    expect(screen.getByText(/whole number/)).toBeTruthy();
  });

  it('exports all data as one JSON file', async () => {
    const f = await open(dataClient());
    fireEvent.click(screen.getByRole('button', { name: 'Export all data' }));
    await flush();
    expect(f.downloads[0].filename).toMatch(/^errand-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await f.downloads[0].blob.text())).toEqual({ version: 1, runs: [{ id: 'r1', goal: 'café' }] });
  });

  it('imports a data file', async () => {
    const c = dataClient();
    await open(c);
    const file = new File([JSON.stringify({ version: 1, runs: [] })], 'errand-data.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import data'), { target: { files: [file] } });
    await flush();
    await flush();
    expect(c.sent('data.import')).toEqual([{ data: { version: 1, runs: [] } }]);
    expect(screen.getByText('Imported 1 run, 2 templates, 3 cached plans, 1 remembered selector.')).toBeTruthy();
  });

  it('refuses a file that is not JSON', async () => {
    const c = dataClient();
    await open(c);
    fireEvent.change(screen.getByLabelText('Import data'), { target: { files: [new File(['not json'], 'notes.txt')] } });
    await flush();
    await flush();
    expect(c.sent('data.import')).toEqual([]);
    expect(screen.getByText('Failed: notes.txt is not a JSON file.')).toBeTruthy();
  });

  it('shows a failed action in plain words', async () => {
    await open(new FakeClient().on('cache.clear', () => { throw new Error('The cache is busy'); }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear plan cache' }));
    await flush();
    expect(screen.getByText('Failed: The cache is busy')).toBeTruthy();
  });
});
