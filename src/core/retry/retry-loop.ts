import type { Clock } from '../ports';
import type { ErrandError } from '../errors';
import { CancelledError } from '../errors';
import { asErrandError, type RetryPolicy } from './retry-policy';

/**
 * Runs `fn` until it succeeds or the policy gives up; waits on the given clock between attempts.
 * `onRetry` sees every retry (for step.retrying events). Cancellation is never retried.
 * @example await withRetry((n) => provider.generatePlan(req), { policy, clock })
 */
export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  options: { policy: RetryPolicy; clock: Clock; signal?: AbortSignal; onRetry?: (attempt: number, error: ErrandError, delayMs: number) => void | Promise<void> },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw new CancelledError();
    try {
      return await fn(attempt);
    } catch (e) {
      const err = asErrandError(e);
      if (err.category === 'cancelled') throw err;
      const decision = options.policy.decide(err, attempt);
      if (!decision.retry) throw err;
      await options.onRetry?.(attempt + 1, err, decision.delayMs);
      await options.clock.sleep(decision.delayMs, options.signal);
    }
  }
}
