import type { AiProvider } from '../core/ports';
import { CancelledError, ErrandError, ProviderError, TimeoutError } from '../core/errors';
import type { Usage } from '../core/run';
import { PLAN_EXAMPLES } from './prompts/few-shot-plans';
import { createProviderCore, type ProviderCoreOptions } from './provider-core';
import type { CompleteFn } from './types';
import { createUsageMeter, estimateTokens } from './usage';

/** Availability states of Chrome's Prompt API. */
export type LanguageModelAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** One message of a Prompt API conversation. */
export interface LanguageModelMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The part of a Prompt API session Errand uses. */
export interface LanguageModelSessionLike {
  prompt(input: string, options?: { responseConstraint?: object; omitResponseConstraintInput?: boolean; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
  /** Tokens in the session so far (newer Chrome: contextUsage; older: inputUsage). */
  contextUsage?: number;
  inputUsage?: number;
}

/** The part of the global `LanguageModel` (Prompt API) Errand uses; tests pass a fake one. */
export interface LanguageModelLike {
  availability(options?: object): Promise<LanguageModelAvailability>;
  create(options?: { initialPrompts?: LanguageModelMessage[]; signal?: AbortSignal; expectedInputs?: object[]; expectedOutputs?: object[] }): Promise<LanguageModelSessionLike>;
}

// Same options for availability() and create(), as the Prompt API asks.
const LANGUAGE_OPTIONS = { expectedInputs: [{ type: 'text', languages: ['en'] }], expectedOutputs: [{ type: 'text', languages: ['en'] }] };

/** The browser's `LanguageModel` global when this Chrome has the Prompt API. */
export function getChromeLanguageModel(): LanguageModelLike | undefined {
  const lm = (globalThis as { LanguageModel?: LanguageModelLike }).LanguageModel;
  return lm && typeof lm.availability === 'function' && typeof lm.create === 'function' ? lm : undefined;
}

/** Availability of the built-in model ('unavailable' when the API is missing or fails). */
export async function chromeBuiltinAvailability(lm: LanguageModelLike | undefined = getChromeLanguageModel()): Promise<LanguageModelAvailability> {
  if (!lm) return 'unavailable';
  try {
    return await lm.availability(LANGUAGE_OPTIONS);
  } catch {
    return 'unavailable';
  }
}

/** True when the built-in model can answer now (downloaded and supported on this device). */
export async function isChromeBuiltinAvailable(lm?: LanguageModelLike): Promise<boolean> {
  return (await chromeBuiltinAvailability(lm ?? getChromeLanguageModel())) === 'available';
}

/** Options for the built-in provider. */
export interface ChromeBuiltinOptions extends Omit<ProviderCoreOptions, 'id'> {
  languageModel?: LanguageModelLike;
  timeoutMs?: number;
}

function toBuiltinError(err: unknown, timedOut: boolean, cancelled: boolean, timeoutMs: number): ErrandError {
  if (timedOut) return new TimeoutError('AI request to the Chrome built-in model', timeoutMs);
  if (cancelled) return new CancelledError('The AI request was cancelled');
  if (err instanceof ErrandError) return err;
  const name = (err as { name?: string } | undefined)?.name;
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'QuotaExceededError') return new ProviderError('The request is too large for the Chrome built-in model; try a smaller page or goal.', 'validation', { provider: 'chrome-builtin' });
  if (name === 'NotSupportedError' || name === 'NotAllowedError') return new ProviderError(`The Chrome built-in model refused the request: ${message}`, 'permission', { provider: 'chrome-builtin' });
  return new ProviderError(`The Chrome built-in model failed: ${message}`, 'transient', { provider: 'chrome-builtin' });
}

/**
 * An AiProvider on Chrome's built-in model (Prompt API, Gemini Nano). Same prompts and checks as the
 * OpenAI provider, with a smaller page budget and one worked example to fit its context window.
 * @example if (await isChromeBuiltinAvailable()) provider = createChromeBuiltinProvider();
 */
export function createChromeBuiltinProvider(options: ChromeBuiltinOptions = {}): AiProvider & { totals(): Usage } {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const meter = createUsageMeter();
  const complete: CompleteFn = async (messages, { schema, signal }) => {
    const lm = options.languageModel ?? getChromeLanguageModel();
    if (!lm) throw new ProviderError('This browser has no built-in model (Prompt API).', 'permission', { provider: 'chrome-builtin' });
    if (signal?.aborted) throw new CancelledError('The AI request was cancelled');
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let session: LanguageModelSessionLike | undefined;
    try {
      const last = messages[messages.length - 1];
      session = await lm.create({ ...LANGUAGE_OPTIONS, initialPrompts: messages.slice(0, -1), signal: controller.signal });
      // The prompt already describes the format; sending the schema again would fill the small context.
      const content = await session.prompt(last.content, { responseConstraint: schema.schema, omitResponseConstraintInput: true, signal: controller.signal });
      const promptText = messages.map((m) => m.content).join('\n');
      const used = session.contextUsage ?? session.inputUsage;
      const usage: Usage = {
        modelCalls: 1,
        promptTokens: typeof used === 'number' && used > 0 ? Math.max(0, Math.round(used) - estimateTokens(content)) : estimateTokens(promptText),
        completionTokens: estimateTokens(content),
      };
      meter.add(usage);
      return { content, usage, finishReason: 'stop' };
    } catch (err) {
      throw toBuiltinError(err, timedOut, !!signal?.aborted, timeoutMs);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      session?.destroy();
    }
  };
  const core = createProviderCore(complete, {
    snapshotBudget: { maxChars: 4000, maxElements: 60 },
    examples: PLAN_EXAMPLES.slice(0, 1),
    ...options,
    id: 'chrome-builtin',
  });
  return { ...core, totals: meter.totals };
}
