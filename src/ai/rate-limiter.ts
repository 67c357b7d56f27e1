import type { Clock } from '../core/ports';
import { CancelledError } from '../core/errors';

/** Limits for one provider. `tokensPerMinute` undefined means no token limit. */
export interface RateLimits {
  requestsPerMinute: number;
  tokensPerMinute?: number;
}

/** Two token buckets (requests and tokens per minute) that callers wait on before each model call. */
export interface RateLimiter {
  /** Waits until one request and `estimatedTokens` tokens are available, then takes them. */
  acquire(estimatedTokens: number, signal?: AbortSignal): Promise<void>;
  /** Corrects the token bucket once the real usage of a call is known. */
  settle(estimatedTokens: number, actualTokens: number): void;
}

interface Bucket { capacity: number; level: number; perMs: number }

function bucket(perMinute: number): Bucket {
  return { capacity: perMinute, level: perMinute, perMs: perMinute / 60_000 };
}

/**
 * Token-bucket rate limiter on an injectable clock (tests pass a fake one).
 * @example const limiter = createRateLimiter({ requestsPerMinute: 30 }, systemClock); await limiter.acquire(1200, signal);
 */
export function createRateLimiter(limits: RateLimits, clock: Clock): RateLimiter {
  const requests = bucket(limits.requestsPerMinute);
  const tokens = limits.tokensPerMinute ? bucket(limits.tokensPerMinute) : undefined;
  let last = clock.now();

  const refill = () => {
    const now = clock.now();
    const elapsed = Math.max(0, now - last);
    last = now;
    for (const b of [requests, tokens]) if (b) b.level = Math.min(b.capacity, b.level + elapsed * b.perMs);
  };

  return {
    async acquire(estimatedTokens, signal) {
      // A single call larger than the whole budget could never start: let it take the full bucket.
      const wanted = tokens ? Math.min(Math.max(0, estimatedTokens), tokens.capacity) : 0;
      for (;;) {
        if (signal?.aborted) throw new CancelledError();
        refill();
        const requestWait = requests.level >= 1 ? 0 : (1 - requests.level) / requests.perMs;
        const tokenWait = !tokens || tokens.level >= wanted ? 0 : (wanted - tokens.level) / tokens.perMs;
        if (requestWait === 0 && tokenWait === 0) {
          requests.level -= 1;
          if (tokens) tokens.level -= wanted;
          return;
        }
        await clock.sleep(Math.ceil(Math.max(requestWait, tokenWait)), signal);
      }
    },
    settle(estimatedTokens, actualTokens) {
      if (!tokens) return;
      const taken = Math.min(Math.max(0, estimatedTokens), tokens.capacity);
      tokens.level = Math.max(-tokens.capacity, Math.min(tokens.capacity, tokens.level - (actualTokens - taken)));
    },
  };
}
