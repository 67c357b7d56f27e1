/** Provider settings as stored under `errand:settings`, built from the runner's flags. */
export interface ProviderFlagInput {
  provider?: string;
  baseUrl?: string;
  model?: string;
  apiKeyEnv?: string;
}

const PRESETS = ['openai', 'anthropic', 'openrouter', 'ollama', 'lmstudio', 'custom'];

/** Turns CLI flags into the stored provider list (empty = offline planner). Throws with a clear message on bad flags. */
export function providerSettingsFromFlags(f: ProviderFlagInput) {
  if (!f.provider && !f.baseUrl) return [];
  const preset = f.provider ?? 'custom';
  if (!PRESETS.includes(preset)) throw new Error(`Unknown --provider "${preset}". Use one of: ${PRESETS.join(', ')}.`);
  if (preset === 'custom' && !f.baseUrl) throw new Error('--provider custom needs --base-url.');
  let apiKey: string | undefined;
  if (f.apiKeyEnv) {
    apiKey = process.env[f.apiKeyEnv];
    if (!apiKey) throw new Error(`The environment variable ${f.apiKeyEnv} (from --api-key-env) is not set.`);
  }
  return [{ id: 'cli', preset, baseURL: f.baseUrl, model: f.model ?? '', apiKey, enabled: true }];
}

/** Feature flags the runner stores next to the providers (`errand:settings.flags`). */
export interface RunnerFlags {
  aiPlanning: boolean;
  templates: boolean;
  offlineFirst: boolean;
}

/**
 * The feature flags for a runner invocation. `--model-first` turns off the shortcuts that answer
 * before a model (templates, confident offline plans) so the provider plans; it needs a provider.
 * Throws with a clear message otherwise. Undefined = the extension's defaults.
 */
export function runnerFlags(opts: { modelFirst?: boolean; providers: unknown[] }): RunnerFlags | undefined {
  if (!opts.modelFirst) return undefined;
  if (!opts.providers.length) throw new Error('--model-first needs a provider (--provider, or --base-url for a custom endpoint).');
  return { aiPlanning: true, templates: false, offlineFirst: false };
}
