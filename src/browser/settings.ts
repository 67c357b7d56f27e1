import { z } from 'zod';
import { browser } from 'wxt/browser';
import { ProviderSettingsSchema, type ProviderSettings } from '../messaging/protocol';

/** storage.local key of Errand's settings. Never storage.sync: it holds API keys and secrets. */
export const SETTINGS_KEY = 'errand:settings';

/** What each provider preset fills in when the person leaves base URL or model empty. */
export const PROVIDER_PRESET_DEFAULTS: Record<ProviderSettings['preset'], { label: string; baseURL: string; model: string; needsKey: boolean }> = {
  openai: { label: 'OpenAI', baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-mini', needsKey: true },
  anthropic: { label: 'Anthropic (OpenAI-compatible)', baseURL: 'https://api.anthropic.com/v1/', model: 'claude-haiku-4-5', needsKey: true },
  openrouter: { label: 'OpenRouter', baseURL: 'https://openrouter.ai/api/v1', model: 'openai/gpt-4o-mini', needsKey: true },
  ollama: { label: 'Ollama', baseURL: 'http://localhost:11434/v1', model: 'llama3.1', needsKey: false },
  lmstudio: { label: 'LM Studio', baseURL: 'http://localhost:1234/v1', model: 'local-model', needsKey: false },
  custom: { label: 'Custom URL', baseURL: '', model: '', needsKey: false },
};

/** Feature switches. All on by default, except the optional ones. */
export const FlagsSchema = z.object({
  aiPlanning: z.boolean().default(true),
  advancedRetry: z.boolean().default(true),
  progressEvents: z.boolean().default(true),
  templates: z.boolean().default(true),
  /** Use a confident offline plan before asking a model (fewer model calls). */
  offlineFirst: z.boolean().default(true),
  /** Also plan with Chrome's built-in model (Prompt API) when this browser has it; off when absent. */
  chromeBuiltin: z.boolean().optional(),
});
export type Flags = z.infer<typeof FlagsSchema>;

// One broken provider entry must not cost the person the others.
const ProvidersSchema = z.array(z.unknown()).catch([]).transform((list) =>
  list.flatMap((p) => { const r = ProviderSettingsSchema.safeParse(p); return r.success ? [r.data] : []; }));

/** Errand's settings as stored under SETTINGS_KEY. Providers are in fallback order. */
export const SettingsSchema = z.object({
  providers: ProvidersSchema.default([]),
  flags: FlagsSchema.catch(() => FlagsSchema.parse({})).default(() => FlagsSchema.parse({})),
  secrets: z.record(z.string(), z.string()).catch({}).default({}),
});
export type Settings = z.infer<typeof SettingsSchema>;
// Saving is strict: a bad entry is the caller's bug, not something to drop silently.
const SavedSettingsSchema = z.strictObject({
  providers: z.array(ProviderSettingsSchema),
  flags: FlagsSchema,
  secrets: z.record(z.string().regex(/^[\w-]+$/), z.string()),
});

/** Settings when nothing is stored. */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}

/** The part of `storage.local` settings needs. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
/** The part of `browser.storage` watchSettings needs. */
export interface SettingsEvents {
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/** Reads settings, filling defaults and dropping malformed parts. */
export async function loadSettings(storage: SettingsArea = browser.storage.local): Promise<Settings> {
  const stored = (await storage.get(SETTINGS_KEY))[SETTINGS_KEY];
  return parseSettings(stored);
}

/** Validates and writes settings to storage.local; throws a ZodError on an invalid entry. */
export async function saveSettings(settings: Settings, storage: SettingsArea = browser.storage.local): Promise<void> {
  await storage.set({ [SETTINGS_KEY]: SavedSettingsSchema.parse(settings) });
}

/** Calls `onChange` with the new settings whenever they change; stops when `signal` aborts. */
export function watchSettings(
  onChange: (settings: Settings) => void,
  { storage = browser.storage as unknown as SettingsEvents, signal }: { storage?: SettingsEvents; signal?: AbortSignal } = {},
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  storage.onChanged.addListener(listener);
  const stop = () => storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

/** Base URL and model after preset defaults; what an AI adapter should use. */
export function resolveProvider(p: ProviderSettings): ProviderSettings & { baseURL: string } {
  const preset = PROVIDER_PRESET_DEFAULTS[p.preset];
  return { ...p, baseURL: p.baseURL?.trim() || preset.baseURL, model: p.model.trim() || preset.model };
}

/** Settings without API keys or secret values, safe to export or show. */
export function redactSettings(s: Settings): Settings {
  return {
    ...s,
    providers: s.providers.map(({ apiKey: _k, ...p }) => p),
    secrets: Object.fromEntries(Object.keys(s.secrets).map((k) => [k, ''])),
  };
}

function parseSettings(value: unknown): Settings {
  const r = SettingsSchema.safeParse(value ?? {});
  return r.success ? r.data : defaultSettings();
}
