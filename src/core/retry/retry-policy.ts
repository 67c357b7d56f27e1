import { ErrandError, type ErrorCategory } from '../errors';
import type { Config } from '../config';
import type { Step } from '../plan';
import { backoffDelay, type BackoffStrategy } from './backoff';

/** How one error category is retried. */
export interface CategoryRule {
  retry: boolean;
  /** Caps attempts for this category below the policy's maxAttempts. */
  maxAttempts?: number;
  /** Multiplies the backoff delay (element-missing waits longer for the page to settle). */
  delayFactor?: number;
}

/** What to do after a failed attempt. */
export type RetryDecision =
  | { retry: true; delayMs: number; category: ErrorCategory }
  | { retry: false; category: ErrorCategory; reason: 'not-retryable' | 'exhausted' };

/** Defaults per category: transient things are retried; validation, permission and fatal never. */
export const DEFAULT_CATEGORY_RULES: Record<ErrorCategory, CategoryRule> = {
  transient: { retry: true },
  'rate-limit': { retry: true },
  timeout: { retry: true },
  navigation: { retry: true, maxAttempts: 2 },
  'element-missing': { retry: true, delayFactor: 2 },
  'not-interactable': { retry: true },
  validation: { retry: false },
  permission: { retry: false },
  fatal: { retry: false },
  cancelled: { retry: false },
  user: { retry: false },
};

/** Longest wait a rate limit's retry-after may impose. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** Turns anything thrown into an ErrandError (unknown errors are fatal). */
export function asErrandError(e: unknown): ErrandError {
  if (e instanceof ErrandError) return e;
  if (e instanceof Error) return new ErrandError(e.message, 'fatal', { name: e.name });
  return new ErrandError(String(e), 'fatal');
}

/**
 * Decides whether and when to retry: a backoff strategy, a max number of attempts and a rule per
 * error category. A rate limit honours `error.details.retryAfterMs`.
 * @example new RetryPolicy({ maxAttempts: 3, strategy: { kind: 'linear', baseDelayMs: 100, maxDelayMs: 1000 } }).decide(err, 1)
 */
export class RetryPolicy {
  readonly maxAttempts: number;
  readonly strategy: BackoffStrategy;
  private readonly rules: Record<ErrorCategory, CategoryRule>;
  private readonly random: () => number;

  constructor(options: { maxAttempts: number; strategy: BackoffStrategy; categories?: Partial<Record<ErrorCategory, CategoryRule>>; random?: () => number }) {
    this.maxAttempts = options.maxAttempts;
    this.strategy = options.strategy;
    this.rules = { ...DEFAULT_CATEGORY_RULES, ...options.categories };
    this.random = options.random ?? Math.random;
  }

  /** The policy described by the engine config. */
  static fromConfig(retry: Config['retry'], random?: () => number): RetryPolicy {
    const strategy: BackoffStrategy = retry.strategy === 'none' ? { kind: 'none' }
      : retry.strategy === 'linear' ? { kind: 'linear', baseDelayMs: retry.baseDelayMs, maxDelayMs: retry.maxDelayMs }
        : { kind: 'exponential', baseDelayMs: retry.baseDelayMs, maxDelayMs: retry.maxDelayMs, factor: retry.factor, jitter: retry.jitter };
    return new RetryPolicy({ maxAttempts: retry.maxAttempts, strategy, random });
  }

  /** This policy with a step's `retry` override applied. */
  forStep(override: Step['retry']): RetryPolicy {
    if (!override) return this;
    let strategy = this.strategy;
    const base = override.baseDelayMs ?? ('baseDelayMs' in strategy ? strategy.baseDelayMs : 500);
    const max = 'maxDelayMs' in strategy ? strategy.maxDelayMs : 10_000;
    if (override.strategy === 'none') strategy = { kind: 'none' };
    else if (override.strategy === 'linear') strategy = { kind: 'linear', baseDelayMs: base, maxDelayMs: max };
    else if (override.strategy === 'exponential' || override.baseDelayMs !== undefined) {
      const s = strategy.kind === 'exponential' ? strategy : { factor: 2, jitter: 0 };
      strategy = { kind: 'exponential', baseDelayMs: base, maxDelayMs: max, factor: s.factor, jitter: s.jitter };
    }
    return new RetryPolicy({ maxAttempts: override.maxAttempts, strategy, categories: this.rules, random: this.random });
  }

  /** The rule for a category. */
  rule(category: ErrorCategory): CategoryRule { return this.rules[category] ?? { retry: false }; }

  /** Whether to retry after `attempt` attempts failed, the last with `error`, and after how long. */
  decide(error: unknown, attempt: number): RetryDecision {
    const err = asErrandError(error);
    const rule = this.rule(err.category);
    if (!rule.retry) return { retry: false, category: err.category, reason: 'not-retryable' };
    const max = Math.min(this.maxAttempts, rule.maxAttempts ?? this.maxAttempts);
    if (attempt >= max) return { retry: false, category: err.category, reason: 'exhausted' };
    const retryAfter = Number(err.details.retryAfterMs);
    const delayMs = err.category === 'rate-limit' && Number.isFinite(retryAfter) && retryAfter >= 0
      ? Math.min(MAX_RETRY_AFTER_MS, Math.round(retryAfter))
      : Math.round(backoffDelay(this.strategy, attempt, err, this.random) * (rule.delayFactor ?? 1));
    return { retry: true, delayMs, category: err.category };
  }
}
