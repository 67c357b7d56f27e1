import OpenAI from 'openai';
import type { AiProvider, Clock } from '../core/ports';
import { serializeError, type SerializedError } from '../core/errors';
import type { Usage } from '../core/run';
import { createChatCall } from './chat-call';
import { systemClock } from './clock';
import { resolveProviderSettings, type ProviderSettings, type ResolvedProviderSettings } from './presets';
import { createProviderCore, type ProviderCoreOptions } from './provider-core';
import { createRateLimiter } from './rate-limiter';
import { createUsageMeter } from './usage';

/** Optional collaborators; tests pass a fake clock, fixed ids and secrets to check scrubbing. */
export interface OpenAiProviderDeps extends Omit<ProviderCoreOptions, 'id' | 'streamPlans'> {
  clock?: Clock;
  /** A fetch implementation for the SDK (defaults to the global one). */
  fetch?: typeof fetch;
}

/** Result of the options page's "Test connection" button. */
export interface ConnectionCheck {
  ok: boolean;
  model: string;
  latencyMs: number;
  error?: SerializedError;
}

/** An AiProvider on an OpenAI-compatible endpoint, with usage totals and a connection test. */
export interface OpenAiProvider extends AiProvider {
  /** The settings in use, without the API key. */
  readonly settings: Omit<ResolvedProviderSettings, 'apiKey'>;
  /** Calls and tokens spent since the provider was created (failed calls excluded). */
  totals(): Usage;
  /** One tiny call that checks base URL, key, model and host access. Never throws. */
  testConnection(signal?: AbortSignal): Promise<ConnectionCheck>;
}

const isResolved = (s: unknown): s is ResolvedProviderSettings => typeof s === 'object' && s !== null && 'maxTokensParam' in s;

/**
 * Creates a provider for any OpenAI-compatible endpoint (OpenAI, Anthropic's compatibility layer,
 * OpenRouter, Ollama, LM Studio, custom). Accepts stored settings (validated here) or resolved ones.
 * @example
 * const provider = createOpenAiProvider({ preset: 'openai', model: 'gpt-4o-mini', apiKey });
 * const { plan, usage } = await provider.generatePlan({ goal, snapshot, signal });
 */
export function createOpenAiProvider(settings: ProviderSettings | ResolvedProviderSettings, deps: OpenAiProviderDeps = {}): OpenAiProvider {
  const resolved = isResolved(settings) ? settings : resolveProviderSettings(settings);
  const clock = deps.clock ?? systemClock;
  const client = new OpenAI({
    apiKey: resolved.apiKey ?? 'no-key', // keyless local servers ignore it; the SDK insists on one
    baseURL: resolved.baseURL,
    organization: null,
    project: null,
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: resolved.timeoutMs + 5000,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const meter = createUsageMeter();
  const limiter = createRateLimiter({ requestsPerMinute: resolved.maxRequestsPerMinute, tokensPerMinute: resolved.maxTokensPerMinute }, clock);
  const complete = createChatCall({ client, settings: resolved, limiter, clock, onUsage: meter.add });
  const id = resolved.id ?? `${resolved.preset}:${resolved.model}`;
  // The schema travels in every request's response_format and costs prompt tokens: send the compact one.
  const core = createProviderCore(complete, { schemaStyle: 'compact', ...deps, id, streamPlans: resolved.stream });
  const { apiKey: _key, ...publicSettings } = resolved;

  return {
    ...core,
    settings: publicSettings,
    totals: meter.totals,
    async testConnection(signal) {
      const started = clock.now();
      try {
        await complete(
          [{ role: 'system', content: 'Reply with the JSON object {"ok":true} and nothing else.' }, { role: 'user', content: 'ping' }],
          { schema: { name: 'errand_ping', schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } }, signal, purpose: 'plan' },
        );
        return { ok: true, model: resolved.model, latencyMs: clock.now() - started };
      } catch (err) {
        return { ok: false, model: resolved.model, latencyMs: clock.now() - started, error: serializeError(err) };
      }
    },
  };
}
