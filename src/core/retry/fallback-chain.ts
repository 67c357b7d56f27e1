import { ErrandError, serializeError, type SerializedError, type ErrorCategory } from '../errors';
import type { BreakerRegistry } from './circuit-breaker';
import { asErrandError } from './retry-policy';
import { suggestionsFor } from './suggestions';

/** One member of a chain: a provider, a planner, a locator strategy… */
export interface ChainMember<T> { id: string; value: T }

/** Why a member was passed over. */
export interface MemberFailure { id: string; reason: 'failed' | 'declined' | 'circuit-open'; error?: SerializedError }

/** Every member of a chain failed or declined. `details.failures` and `details.suggestions` say why and what to do. */
export class FallbackExhausted extends ErrandError {
  static override readonly errorName = 'FallbackExhausted';
  constructor(what: string, readonly failures: MemberFailure[], readonly suggestions: string[]) {
    const errors = failures.flatMap((f) => (f.error ? [f.error] : []));
    const category: ErrorCategory = errors.length ? errors[errors.length - 1].category : 'fatal';
    super(`No ${what} could do it (${failures.map((f) => `${f.id}: ${f.error?.message ?? f.reason}`).join('; ')})`, category, { failures, suggestions });
  }
}

const rank = { closed: 0, 'half-open': 1, open: 2 } as const;

/**
 * Tries members one after another (primary → secondary → offline, or locator strategies), built
 * at run time. Members are ordered by recent health — breaker state, then recent success rate,
 * then the given order — and each failure reason is kept. A member that returns null declines
 * (not a failure). When all are used up it throws FallbackExhausted with suggestions.
 */
export class FallbackChain<T> {
  private readonly failed: MemberFailure[] = [];

  constructor(
    private readonly members: ChainMember<T>[],
    private readonly options: {
      what?: string; breakers?: BreakerRegistry; keyOf?: (id: string) => string;
      /** 'given': keep the members' order (a person's chosen order); open breakers are still skipped. Default 'health'. */
      order?: 'health' | 'given';
    } = {},
  ) {}

  private key(id: string): string { return this.options.keyOf?.(id) ?? `provider:${id}`; }

  /** Members by health: usable breakers first, then higher recent success rate, then given order (or as given). */
  order(): ChainMember<T>[] {
    const b = this.options.breakers;
    if (!b || this.options.order === 'given') return [...this.members];
    const health = (m: ChainMember<T>) => {
      const br = b.get(this.key(m.id));
      return { state: rank[br.state], rate: br.successRate() ?? 1 };
    };
    return this.members.map((m, i) => ({ m, i, h: health(m) }))
      .sort((x, y) => x.h.state - y.h.state || y.h.rate - x.h.rate || x.i - y.i)
      .map((x) => x.m);
  }

  /** Failure reasons collected so far. */
  failures(): MemberFailure[] { return [...this.failed]; }

  /** Runs `fn` on members in health order until one returns a non-null result. */
  async run<R>(fn: (value: T, member: ChainMember<T>) => Promise<R | null>): Promise<{ result: R; member: ChainMember<T> }> {
    for (const member of this.order()) {
      const breaker = this.options.breakers?.get(this.key(member.id));
      if (breaker && !breaker.allows()) {
        this.failed.push({ id: member.id, reason: 'circuit-open' });
        continue;
      }
      try {
        const result = breaker ? await breaker.run(() => fn(member.value, member)) : await fn(member.value, member);
        if (result === null) {
          this.failed.push({ id: member.id, reason: 'declined' });
          continue;
        }
        return { result, member };
      } catch (e) {
        const err = asErrandError(e);
        if (err.category === 'cancelled') throw err;
        this.failed.push({ id: member.id, reason: 'failed', error: serializeError(err) });
      }
    }
    const errors = this.failed.flatMap((f) => (f.error ? [f.error] : []));
    throw new FallbackExhausted(this.options.what ?? 'option', this.failures(), suggestionsFor(errors));
  }
}
