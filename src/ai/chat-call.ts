import { APIError, type OpenAI } from 'openai';
import type { Clock } from '../core/ports';
import { CancelledError, ProviderError } from '../core/errors';
import type { Usage } from '../core/run';
import { PRESETS, type ResolvedProviderSettings } from './presets';
import { toProviderError } from './provider-errors';
import type { RateLimiter } from './rate-limiter';
import type { ChatMessage, CompleteFn, ModelAnswer, NamedJsonSchema } from './types';
import { estimateTokens } from './usage';

/** What one chat call needs from its provider. */
export interface ChatCallDeps {
  client: OpenAI;
  settings: ResolvedProviderSettings;
  limiter: RateLimiter;
  clock: Clock;
  /** Told about every call's usage (the provider's running totals). */
  onUsage(usage: Usage): void;
}

/** "OpenAI (gpt-4o-mini)": how errors name the provider. */
export function providerLabel(settings: Pick<ResolvedProviderSettings, 'preset' | 'model' | 'label'>): string {
  return `${settings.label ?? PRESETS[settings.preset].label} (${settings.model})`;
}

function responseFormat(mode: ResolvedProviderSettings['structuredOutput'], schema: NamedJsonSchema) {
  if (mode === 'json_schema') return { type: 'json_schema' as const, json_schema: { name: schema.name, schema: schema.schema, strict: false } };
  if (mode === 'json_object') return { type: 'json_object' as const };
  return undefined;
}

function toUsage(raw: { prompt_tokens?: number; completion_tokens?: number } | null | undefined, promptText: string, answer: string): Usage {
  return {
    modelCalls: 1,
    promptTokens: raw?.prompt_tokens ?? estimateTokens(promptText),
    completionTokens: raw?.completion_tokens ?? estimateTokens(answer),
  };
}

/** A deadline that aborts the call; `poke` restarts it (streams count silence, not total time). */
function deadline(ms: number, controller: AbortController) {
  let expired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { expired = true; controller.abort(); }, ms);
  };
  arm();
  return { poke: arm, stop: () => clearTimeout(timer), get expired() { return expired; } };
}

type Body = Record<string, unknown>;

/** Sends one request and reads the whole answer, streamed or not. */
async function send(client: OpenAI, body: Body, stream: boolean | undefined, requestOptions: { signal: AbortSignal; maxRetries: number; timeout: number }, onChunk: () => void) {
  if (!stream) {
    const res = await client.chat.completions.create(body as never, requestOptions) as unknown as OpenAI.ChatCompletion;
    const choice = res.choices?.[0];
    return { content: choice?.message?.content ?? '', finishReason: choice?.finish_reason ?? undefined, rawUsage: res.usage };
  }
  const chunks = await client.chat.completions.create({ ...body, stream: true, stream_options: { include_usage: true } } as never, requestOptions) as unknown as AsyncIterable<OpenAI.ChatCompletionChunk>;
  let content = '';
  let finishReason: string | undefined;
  let rawUsage: OpenAI.CompletionUsage | undefined;
  for await (const chunk of chunks) {
    onChunk();
    const choice = chunk.choices?.[0];
    content += choice?.delta?.content ?? '';
    finishReason = choice?.finish_reason ?? finishReason;
    if (chunk.usage) rawUsage = chunk.usage;
  }
  // The SDK ends an aborted stream quietly; a partial answer must not pass for a whole one.
  if (requestOptions.signal.aborted) throw new Error('The answer stream was aborted');
  return { content, finishReason, rawUsage };
}

const WEAKER_MODE = { json_schema: 'json_object', json_object: 'none', none: undefined } as const;

/**
 * Builds the one-call function the task runner uses, on the openai SDK: rate limited, with a
 * per-request deadline below the service worker limit, cancellable, usage counted. With
 * `stream`, chunks are accumulated and each chunk restarts the deadline. A server that answers
 * 400 to a response_format is asked once more with the next weaker mode, which then sticks.
 */
export function createChatCall(deps: ChatCallDeps): CompleteFn {
  const { client, settings, limiter, clock } = deps;
  let mode = settings.structuredOutput;
  const attempt = async (messages: ChatMessage[], options: Parameters<CompleteFn>[1], downgraded: boolean): Promise<ModelAnswer> => {
    const promptText = messages.map((m) => m.content).join('\n');
    const estimate = estimateTokens(promptText);
    await limiter.acquire(estimate, options.signal);
    if (options.signal?.aborted) throw new CancelledError('The AI request was cancelled');

    const controller = new AbortController();
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = deadline(settings.timeoutMs, controller);
    const sentMode = mode;
    const format = responseFormat(sentMode, options.schema);
    const body: Body = {
      model: settings.model,
      messages,
      [settings.maxTokensParam]: settings.maxOutputTokens,
      ...(format ? { response_format: format } : {}),
      ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    };
    try {
      // The SDK must not retry on its own: the engine's RetryPolicy sees every attempt as an event.
      const raw = await send(client, body, options.stream, { signal: controller.signal, maxRetries: 0, timeout: settings.timeoutMs + 5000 }, timer.poke);
      const answer = { content: raw.content, finishReason: raw.finishReason, usage: toUsage(raw.rawUsage, promptText, raw.content) };
      limiter.settle(estimate, answer.usage.promptTokens + answer.usage.completionTokens);
      deps.onUsage(answer.usage);
      return answer;
    } catch (err) {
      const weaker = WEAKER_MODE[sentMode];
      if (!downgraded && weaker && err instanceof APIError && err.status === 400) {
        mode = weaker;
        timer.stop();
        return attempt(messages, options, true);
      }
      throw toProviderError(err, {
        label: providerLabel(settings), baseURL: settings.baseURL, model: settings.model, timeoutMs: settings.timeoutMs,
        timedOut: timer.expired, cancelled: !timer.expired && !!options.signal?.aborted, now: clock.now(),
      });
    } finally {
      timer.stop();
      options.signal?.removeEventListener('abort', onAbort);
    }
  };
  return async (messages, options) => {
    if (PRESETS[settings.preset].needsKey && !settings.apiKey) {
      throw new ProviderError(`No API key is set for ${providerLabel(settings)}; add one on the options page.`, 'permission', { provider: settings.preset });
    }
    return attempt(messages, options, false);
  };
}
