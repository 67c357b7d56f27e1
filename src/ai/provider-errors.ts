import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { CancelledError, ErrandError, ProviderError, TimeoutError } from '../core/errors';

/** What the error mapping needs to know about the call that failed. */
export interface CallContext {
  /** "OpenAI (gpt-4o-mini)". */
  label: string;
  baseURL: string;
  model: string;
  timeoutMs: number;
  timedOut: boolean;
  cancelled: boolean;
  now: number;
}

/** Milliseconds to wait from retry-after-ms / retry-after (seconds or HTTP date) headers. */
export function retryAfterMs(headers: { get(name: string): string | null } | undefined, now: number): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(ms)) return Math.max(0, ms);
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function apiMessage(err: APIError): string {
  const body = err.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' ? body.message : err.message;
}

/**
 * Turns whatever the SDK threw into a named Errand error that ErrorRecovery can switch on:
 * 429 → rate-limit (with retryAfterMs), 5xx and network → transient, 401/403 → permission,
 * 404 → validation (model not found), our deadline → TimeoutError, the caller's signal → CancelledError.
 */
export function toProviderError(err: unknown, ctx: CallContext): ErrandError {
  if (ctx.cancelled) return new CancelledError('The AI request was cancelled');
  if (ctx.timedOut || err instanceof APIConnectionTimeoutError) return new TimeoutError(`AI request to ${ctx.label}`, ctx.timeoutMs);
  if (err instanceof ErrandError) return err;
  const base = { provider: ctx.label, model: ctx.model };
  if (err instanceof APIUserAbortError) return new CancelledError('The AI request was cancelled');
  if (err instanceof APIError && typeof err.status === 'number') {
    const status = err.status;
    const details = { ...base, status };
    if (status === 429) {
      const wait = retryAfterMs(err.headers as Headers | undefined, ctx.now);
      const hint = wait === undefined ? '' : `; try again in ${Math.ceil(wait / 1000)} s`;
      return new ProviderError(`${ctx.label} is rate limiting requests${hint}`, 'rate-limit', wait === undefined ? details : { ...details, retryAfterMs: wait });
    }
    if (status === 401 || status === 403) {
      return new ProviderError(`The API key was refused by ${ctx.label} (${status}). Check the key on the options page.`, 'permission', details);
    }
    if (status === 404) {
      return new ProviderError(`Model "${ctx.model}" not found at ${ctx.baseURL} (404). Check the model name and the base URL.`, 'validation', details);
    }
    if (status >= 500 || status === 408 || status === 409) {
      return new ProviderError(`${ctx.label} had a server error (${status}); it may work if tried again`, 'transient', details);
    }
    return new ProviderError(`${ctx.label} rejected the request (${status}): ${apiMessage(err)}`, 'validation', details);
  }
  if (err instanceof APIConnectionError) {
    return new ProviderError(
      `Could not reach ${ctx.baseURL}. Check the base URL, that the server is running, and that Errand may access this host.`,
      'transient', { ...base, cause: String((err as { cause?: unknown }).cause ?? err.message) },
    );
  }
  return new ProviderError(`AI request to ${ctx.label} failed: ${err instanceof Error ? err.message : String(err)}`, 'transient', base);
}
