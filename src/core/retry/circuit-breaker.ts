import type { Clock } from '../ports';
import { ErrandError } from '../errors';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** Breaker settings: failures in a row that open it, how long it stays open, outcomes remembered. */
export interface BreakerOptions { failureThreshold: number; coolDownMs: number; windowSize: number }

/** A call was refused because the breaker for `key` is open. */
export class CircuitOpen extends ErrandError {
  static override readonly errorName = 'CircuitOpen';
  constructor(key: string, retryAt: number) {
    super(`${key} failed several times in a row; pausing calls to it for a while`, 'transient', { key, retryAt });
  }
}

/**
 * Circuit breaker: closed (calls pass) → open after `failureThreshold` failures in a row (calls are
 * refused) → half-open once `coolDownMs` has passed on the clock (one trial call) → closed on a
 * success, open again on a failure. Also keeps a window of recent outcomes for health ranking.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openedAt?: number;
  private trialInFlight = false;
  private outcomes: boolean[] = [];

  constructor(readonly key: string, private readonly options: BreakerOptions, private readonly clock: Clock) {}

  /** Current state; an open breaker turns half-open by itself when the cool-down is over. */
  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.clock.now() - this.openedAt >= this.options.coolDownMs ? 'half-open' : 'open';
  }

  /** Whether a call may go through now. */
  allows(): boolean {
    const s = this.state;
    return s === 'closed' || (s === 'half-open' && !this.trialInFlight);
  }

  /** Share of recent calls that succeeded, or undefined when there were none. */
  successRate(): number | undefined {
    if (this.outcomes.length === 0) return undefined;
    return this.outcomes.filter(Boolean).length / this.outcomes.length;
  }

  /** Records a success: closes the breaker. */
  success(): void {
    this.remember(true);
    this.consecutiveFailures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  /** Records a failure: opens the breaker at the threshold, or again after a failed trial. */
  failure(): void {
    this.remember(false);
    this.consecutiveFailures++;
    const trialFailed = this.state === 'half-open';
    this.trialInFlight = false;
    if (trialFailed || this.consecutiveFailures >= this.options.failureThreshold) this.openedAt = this.clock.now();
  }

  /** Runs `fn` through the breaker; throws CircuitOpen without calling it when not allowed. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.allows()) throw new CircuitOpen(this.key, (this.openedAt ?? 0) + this.options.coolDownMs);
    if (this.state === 'half-open') this.trialInFlight = true;
    try {
      const result = await fn();
      this.success();
      return result;
    } catch (e) {
      if (!(e instanceof ErrandError && e.category === 'cancelled')) this.failure();
      else this.trialInFlight = false;
      throw e;
    }
  }

  private remember(ok: boolean): void {
    this.outcomes.push(ok);
    if (this.outcomes.length > this.options.windowSize) this.outcomes.shift();
  }
}

/** One breaker per key: `provider:<id>` for AI providers and planners, `site:<origin>` for sites. */
export class BreakerRegistry {
  private breakers = new Map<string, CircuitBreaker>();

  constructor(private readonly options: BreakerOptions, private readonly clock: Clock) {}

  /** The breaker for a key (created closed on first use). */
  get(key: string): CircuitBreaker {
    let b = this.breakers.get(key);
    if (!b) {
      b = new CircuitBreaker(key, this.options, this.clock);
      this.breakers.set(key, b);
    }
    return b;
  }

  /** The breaker for an AI provider or planner. */
  provider(id: string): CircuitBreaker { return this.get(`provider:${id}`); }

  /** The breaker for a site origin. */
  site(origin: string): CircuitBreaker { return this.get(`site:${origin}`); }

  /** States of every breaker used so far. */
  states(): Record<string, BreakerState> {
    return Object.fromEntries([...this.breakers].map(([k, b]) => [k, b.state]));
  }
}
