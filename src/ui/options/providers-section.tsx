import { useSignal } from '@preact/signals';
import { PROVIDER_PRESETS, type ProviderSettings } from '../../messaging/protocol';
import { PROVIDER_PRESET_DEFAULTS } from '../../browser/settings';
import type { SettingsStore } from '../state/settings-store';
import { ProviderCard } from './provider-card';

function newId(): string {
  return `p-${globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Date.now().toString(36)}`;
}

/** AI providers in fallback order: the first enabled one plans, the next ones take over when it fails. */
export function ProvidersSection({ store }: { store: SettingsStore }) {
  const preset = useSignal<ProviderSettings['preset']>('openai');
  const providers = store.settings.value?.providers ?? [];
  const setProviders = (next: ProviderSettings[]) => void store.update((s) => ({ ...s, providers: next }));

  function move(i: number, delta: -1 | 1) {
    const next = [...providers];
    const j = i + delta;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j], next[i]];
    setProviders(next);
  }

  return (
    <section aria-labelledby="providers-heading">
      <h2 id="providers-heading">AI providers</h2>
      <p class="hint">Tried in this order; without any, Errand plans offline and with templates.</p>
      {providers.length === 0 && <p class="muted">No provider yet.</p>}
      {providers.map((p, i) => (
        <ProviderCard key={p.id} provider={p} index={i} count={providers.length}
          onChange={(patch) => setProviders(providers.map((x) => (x.id === p.id ? { ...x, ...patch } : x)))}
          onMove={(d) => move(i, d)}
          onRemove={() => setProviders(providers.filter((x) => x.id !== p.id))} />
      ))}
      <div class="row">
        <label for="new-preset" class="visually-hidden">Preset for the new provider</label>
        <select id="new-preset" value={preset.value} style={{ width: 'auto' }} onChange={(e) => { preset.value = e.currentTarget.value as ProviderSettings['preset']; }}>
          {PROVIDER_PRESETS.map((k) => <option key={k} value={k}>{PROVIDER_PRESET_DEFAULTS[k].label}</option>)}
        </select>
        <button type="button" onClick={() => setProviders([...providers, { id: newId(), preset: preset.value, model: PROVIDER_PRESET_DEFAULTS[preset.value].model, enabled: true }])}>
          Add provider
        </button>
      </div>
    </section>
  );
}
