import { CancelledError, TimeoutError } from '../core/errors';

/** Resolves after `ms`; rejects with CancelledError when `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The next animation frame of `view`, or 50 ms when frames do not come (background tabs pause
 * requestAnimationFrame).
 */
export function nextFrame(view: Window | null | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    const raf = view?.requestAnimationFrame?.bind(view);
    if (!raf) return;
    raf(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Options for `pollUntil`. */
export interface PollOptions {
  timeoutMs: number;
  intervalMs?: number;
  signal?: AbortSignal;
  /** Names the operation in the TimeoutError when no error was thrown by `attempt`. */
  operation: string;
}

/**
 * Calls `attempt` until it returns a value other than undefined. Errors thrown by `attempt` count
 * as "not yet"; when time runs out the last such error is rethrown (it says more than a timeout),
 * otherwise a TimeoutError.
 */
export async function pollUntil<T>(attempt: () => T | undefined | Promise<T | undefined>, opts: PollOptions): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastError: unknown;
  for (;;) {
    if (opts.signal?.aborted) throw new CancelledError();
    try {
      const value = await attempt();
      if (value !== undefined) return value;
      lastError = undefined;
    } catch (err) {
      if (err instanceof CancelledError) throw err;
      lastError = err;
    }
    const left = deadline - Date.now();
    if (left <= 0) throw lastError ?? new TimeoutError(opts.operation, opts.timeoutMs);
    await sleep(Math.min(opts.intervalMs ?? 100, left), opts.signal);
  }
}
