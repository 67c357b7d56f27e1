import { z } from 'zod';

/** How a provider is asked for JSON: a JSON schema, plain JSON mode, or only the prompt. */
export const StructuredOutputSchema = z.enum(['json_schema', 'json_object', 'none']);
export type StructuredOutput = z.infer<typeof StructuredOutputSchema>;

/** Known OpenAI-compatible endpoints. `custom` takes any base URL. */
export const PRESET_IDS = ['openai', 'anthropic', 'openrouter', 'ollama', 'lmstudio', 'custom'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** What Errand knows about one endpoint. */
export interface ProviderPreset {
  id: PresetId;
  label: string;
  baseURL: string;
  needsKey: boolean;
  structuredOutput: StructuredOutput;
  /** Suggested model; the options page pre-fills it. */
  defaultModel: string;
  /** OpenAI's newer models take `max_completion_tokens`; most compatible servers take `max_tokens`. */
  maxTokensParam: 'max_tokens' | 'max_completion_tokens';
}

/** The presets offered on the options page. */
export const PRESETS: Record<PresetId, ProviderPreset> = {
  openai: { id: 'openai', label: 'OpenAI', baseURL: 'https://api.openai.com/v1', needsKey: true, structuredOutput: 'json_schema', defaultModel: 'gpt-4o-mini', maxTokensParam: 'max_completion_tokens' },
  // Anthropic's compatibility layer ignores response_format, so ask by prompt and check the answer.
  anthropic: { id: 'anthropic', label: 'Anthropic (OpenAI-compatible)', baseURL: 'https://api.anthropic.com/v1/', needsKey: true, structuredOutput: 'json_object', defaultModel: 'claude-haiku-4-5', maxTokensParam: 'max_tokens' },
  openrouter: { id: 'openrouter', label: 'OpenRouter', baseURL: 'https://openrouter.ai/api/v1', needsKey: true, structuredOutput: 'json_object', defaultModel: 'openai/gpt-4o-mini', maxTokensParam: 'max_tokens' },
  ollama: { id: 'ollama', label: 'Ollama (local)', baseURL: 'http://localhost:11434/v1', needsKey: false, structuredOutput: 'json_schema', defaultModel: 'llama3.1', maxTokensParam: 'max_tokens' },
  // LM Studio refuses json_object; it only takes json_schema.
  lmstudio: { id: 'lmstudio', label: 'LM Studio (local)', baseURL: 'http://localhost:1234/v1', needsKey: false, structuredOutput: 'json_schema', defaultModel: 'local-model', maxTokensParam: 'max_tokens' },
  custom: { id: 'custom', label: 'Custom OpenAI-compatible', baseURL: '', needsKey: false, structuredOutput: 'json_object', defaultModel: '', maxTokensParam: 'max_tokens' },
};

/** Defaults below the service worker's 30 s fetch limit and polite to free tiers. */
export const DEFAULT_TIMEOUT_MS = 25_000;
export const DEFAULT_MAX_REQUESTS_PER_MINUTE = 30;
export const DEFAULT_MAX_OUTPUT_TOKENS = 4096;

/**
 * Provider settings: the stored entry of the options page (messaging/protocol ProviderSettings:
 * id, preset, label, baseURL, model, apiKey, enabled) plus optional tuning. The API key never
 * leaves storage.local and the background.
 */
export const ProviderSettingsSchema = z.strictObject({
  id: z.string().optional(),
  label: z.string().optional(),
  enabled: z.boolean().optional(),
  preset: z.enum(PRESET_IDS),
  baseURL: z.url().optional(),
  model: z.string().min(1),
  apiKey: z.string().optional(),
  structuredOutput: StructuredOutputSchema.optional(),
  maxRequestsPerMinute: z.number().int().min(1).max(10_000).optional(),
  maxTokensPerMinute: z.number().int().min(100).max(100_000_000).optional(),
  timeoutMs: z.number().int().min(1000).max(120_000).optional(),
  /** Stream plan answers so a slow first token does not hold the service worker. Default true. */
  stream: z.boolean().optional(),
  maxOutputTokens: z.number().int().min(64).max(200_000).optional(),
  temperature: z.number().min(0).max(2).optional(),
});
export type ProviderSettings = z.infer<typeof ProviderSettingsSchema>;

/** Settings with every default filled in: what a provider actually uses. */
export interface ResolvedProviderSettings {
  /** The stored entry's id, when it has one (the provider's id then, for per-provider circuit breakers). */
  id?: string;
  /** Name shown in messages; defaults to the preset's label. */
  label?: string;
  preset: PresetId;
  baseURL: string;
  model: string;
  apiKey?: string;
  structuredOutput: StructuredOutput;
  maxRequestsPerMinute: number;
  maxTokensPerMinute?: number;
  timeoutMs: number;
  stream: boolean;
  maxOutputTokens: number;
  maxTokensParam: ProviderPreset['maxTokensParam'];
  temperature?: number;
}

/**
 * Validates settings and fills defaults from the preset. Throws a zod error naming the bad field.
 * @example resolveProviderSettings({ preset: 'ollama', model: 'qwen2.5' }).baseURL // 'http://localhost:11434/v1'
 */
export function resolveProviderSettings(input: unknown): ResolvedProviderSettings {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const preset = PRESETS[z.enum(PRESET_IDS).parse(raw.preset)];
  const blank = (v: unknown) => typeof v !== 'string' || !v.trim();
  const cleaned = {
    ...raw,
    model: blank(raw.model) ? preset.defaultModel || undefined : (raw.model as string).trim(),
    baseURL: blank(raw.baseURL) ? undefined : (raw.baseURL as string).trim(),
  };
  const s = ProviderSettingsSchema.parse(cleaned);
  const baseURL = s.baseURL ?? preset.baseURL;
  if (!baseURL) throw new z.ZodError([{ code: 'custom', path: ['baseURL'], message: 'A custom provider needs a base URL', input: s.baseURL }]);
  const apiKey = s.apiKey?.trim() || undefined;
  return {
    ...(s.id ? { id: s.id } : {}),
    ...(s.label?.trim() ? { label: s.label.trim() } : {}),
    preset: s.preset,
    baseURL,
    model: s.model,
    apiKey,
    structuredOutput: s.structuredOutput ?? preset.structuredOutput,
    maxRequestsPerMinute: s.maxRequestsPerMinute ?? DEFAULT_MAX_REQUESTS_PER_MINUTE,
    maxTokensPerMinute: s.maxTokensPerMinute,
    timeoutMs: s.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    stream: s.stream ?? true,
    maxOutputTokens: s.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
    maxTokensParam: preset.maxTokensParam,
    temperature: s.temperature,
  };
}

/**
 * The host permission pattern the extension must hold (optional_host_permissions) to call this endpoint.
 * @example hostPermissionFor({ baseURL: 'https://api.openai.com/v1' }) // 'https://api.openai.com/*'
 */
export function hostPermissionFor(settings: { baseURL: string }): string {
  const u = new URL(settings.baseURL);
  return `${u.protocol}//${u.hostname}/*`;
}
