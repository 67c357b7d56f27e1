import type { ErrandError } from '../errors';

/** How long to wait before attempt `attempt + 1`, given the error of attempt `attempt`. */
export type CustomDelay = (attempt: number, error: ErrandError) => number;

/** Delay strategy: exponential with jitter, linear, none, or a custom function. */
export type BackoffStrategy =
  | { kind: 'exponential'; baseDelayMs: number; maxDelayMs: number; factor: number; jitter: number }
  | { kind: 'linear'; baseDelayMs: number; maxDelayMs: number }
  | { kind: 'none' }
  | { kind: 'custom'; delay: CustomDelay };

/**
 * The delay after failed attempt `attempt` (1-based). Exponential: base·factor^(attempt−1), capped,
 * then jitter takes a random part of it away (0 = exact, 1 = full jitter). Linear: base·attempt.
 * @example backoffDelay({ kind: 'exponential', baseDelayMs: 100, maxDelayMs: 1000, factor: 2, jitter: 0 }, 3, err) // 400
 */
export function backoffDelay(strategy: BackoffStrategy, attempt: number, error: ErrandError, random: () => number = Math.random): number {
  switch (strategy.kind) {
    case 'none': return 0;
    case 'linear': return Math.min(strategy.maxDelayMs, strategy.baseDelayMs * attempt);
    case 'custom': return Math.max(0, Math.round(strategy.delay(attempt, error)));
    case 'exponential': {
      const raw = Math.min(strategy.maxDelayMs, strategy.baseDelayMs * strategy.factor ** (attempt - 1));
      return Math.round(raw * (1 - strategy.jitter) + raw * strategy.jitter * random());
    }
  }
}
