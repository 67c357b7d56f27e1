import { useSignal } from '@preact/signals';
import { PROVIDER_PRESETS, type ProviderSettings } from '../../messaging/protocol';
import { PROVIDER_PRESET_DEFAULTS, resolveProvider } from '../../browser/settings';
import { useEnv } from '../env';
import { errorText } from '../state/error-text';

interface Props {
  provider: ProviderSettings;
  index: number;
  count: number;
  onChange(patch: Partial<ProviderSettings>): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

/** One provider: preset, address, model, key, on/off, order, and a connection test. */
export function ProviderCard({ provider: p, index, count, onChange, onMove, onRemove }: Props) {
  const env = useEnv();
  const test = useSignal<{ ok: boolean; text: string } | null>(null);
  const preset = PROVIDER_PRESET_DEFAULTS[p.preset];
  const id = (f: string) => `prov-${p.id}-${f}`;
  const title = p.label || preset.label;

  function runTest() {
    const resolved = resolveProvider(p);
    let origin: string;
    try { origin = new URL(resolved.baseURL).origin; } catch { test.value = { ok: false, text: 'Enter a valid base URL first.' }; return; }
    test.value = { ok: true, text: 'Testing…' };
    // Ask for host access inside the click (user gesture); the background needs it to reach the API.
    env.permissions.request({ origins: [`${origin}/*`] })
      .then((granted) => {
        if (!granted) throw new Error(`Errand needs access to ${new URL(origin).host} to reach this provider.`);
        return env.client.request('provider.test', { provider: p });
      })
      .then((r) => {
        test.value = r.ok
          ? { ok: true, text: `Connected${r.model ? ` to ${r.model}` : ''}${r.latencyMs !== undefined ? ` in ${r.latencyMs} ms` : ''}.` }
          : { ok: false, text: `Failed: ${r.error ?? 'no answer'}` };
      })
      .catch((e: unknown) => { test.value = { ok: false, text: `Failed: ${errorText(e)}` }; });
  }

  return (
    <fieldset class="card provider">
      <legend>{`${index + 1}. ${title}`}</legend>
      <div class="grid-2">
        <div>
          <label for={id('preset')}>Preset</label>
          <select id={id('preset')} value={p.preset}
            onChange={(e) => {
              const next = e.currentTarget.value as ProviderSettings['preset'];
              // Follow the preset's default model unless the person picked their own.
              const model = !p.model || p.model === preset.model ? PROVIDER_PRESET_DEFAULTS[next].model : p.model;
              onChange({ preset: next, model });
            }}>
            {PROVIDER_PRESETS.map((k) => <option key={k} value={k}>{PROVIDER_PRESET_DEFAULTS[k].label}</option>)}
          </select>
        </div>
        <div>
          <label for={id('label')}>Name</label>
          <input id={id('label')} value={p.label ?? ''} placeholder={preset.label} onChange={(e) => onChange({ label: e.currentTarget.value || undefined })} />
        </div>
      </div>
      <label for={id('url')}>Base URL</label>
      <input id={id('url')} type="url" value={p.baseURL ?? ''} placeholder={preset.baseURL || 'https://…/v1'}
        onChange={(e) => onChange({ baseURL: e.currentTarget.value.trim() || undefined })} />
      <label for={id('model')}>Model</label>
      <input id={id('model')} value={p.model} placeholder={preset.model} onChange={(e) => onChange({ model: e.currentTarget.value.trim() })} />
      <label for={id('key')}>API key{preset.needsKey ? '' : ' (optional)'}</label>
      <input id={id('key')} type="password" autoComplete="off" spellcheck={false} value={p.apiKey ?? ''}
        aria-describedby={id('key-hint')} onChange={(e) => onChange({ apiKey: e.currentTarget.value.trim() || undefined })} />
      <span id={id('key-hint')} class="hint">Kept in this browser only (storage.local), never synced.</span>
      <label class="check">
        <input type="checkbox" checked={p.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} /> Enabled
      </label>
      <div class="row">
        <button type="button" class="small" aria-label={`Move ${title} up`} disabled={index === 0} onClick={() => onMove(-1)}>↑</button>
        <button type="button" class="small" aria-label={`Move ${title} down`} disabled={index === count - 1} onClick={() => onMove(1)}>↓</button>
        <button type="button" class="small" aria-label={`Remove ${title}`} onClick={onRemove}>Remove</button>
        <button type="button" class="small" aria-label={`Test connection to ${title}`} onClick={runTest}>Test connection</button>
      </div>
      {test.value && <p class={`test-result ${test.value.ok ? 'ok' : 'bad'}`} role="status">{test.value.text}</p>}
    </fieldset>
  );
}
