import { backoffDelay } from '../backoff';
import { RetryPolicy, asErrandError } from '../retry-policy';
import { withRetry } from '../retry-loop';
import { FakeClock } from '../../testing';
import { CancelledError, ElementNotFound, ErrandError, NavigationError, PlanInvalid, PolicyDenied, ProviderError, TimeoutError } from '../../errors';
import { DEFAULT_CONFIG } from '../../config';

const transient = new ErrandError('blip', 'transient');

describe('backoff', () => {
  it('grows exponentially up to the cap, with jitter from the injected random', () => {
    const exp = { kind: 'exponential', baseDelayMs: 100, maxDelayMs: 1000, factor: 2, jitter: 0 } as const;
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(exp, n, transient))).toEqual([100, 200, 400, 800, 1000]);
    const jittered = { ...exp, jitter: 0.5 };
    expect(backoffDelay(jittered, 3, transient, () => 0)).toBe(200);
    expect(backoffDelay(jittered, 3, transient, () => 1)).toBe(400);
    expect(backoffDelay({ ...exp, jitter: 1 }, 2, transient, () => 0.25)).toBe(50);
  });

  it('grows linearly, or not at all, or as a custom function says', () => {
    expect([1, 2, 3].map((n) => backoffDelay({ kind: 'linear', baseDelayMs: 150, maxDelayMs: 400 }, n, transient))).toEqual([150, 300, 400]);
    expect(backoffDelay({ kind: 'none' }, 3, transient)).toBe(0);
    expect(backoffDelay({ kind: 'custom', delay: (n, e) => (e.category === 'transient' ? n * 7.4 : 0) }, 2, transient)).toBe(15);
    expect(backoffDelay({ kind: 'custom', delay: () => -5 }, 1, transient)).toBe(0);
  });
});

describe('RetryPolicy', () => {
  const policy = new RetryPolicy({ maxAttempts: 3, strategy: { kind: 'linear', baseDelayMs: 100, maxDelayMs: 10_000 } });

  it('retries transient errors until attempts run out', () => {
    expect(policy.decide(transient, 1)).toEqual({ retry: true, delayMs: 100, category: 'transient' });
    expect(policy.decide(new TimeoutError('wait', 5), 2)).toEqual({ retry: true, delayMs: 200, category: 'timeout' });
    expect(policy.decide(transient, 3)).toEqual({ retry: false, category: 'transient', reason: 'exhausted' });
  });

  it('never retries validation, permission, fatal or cancelled errors', () => {
    for (const e of [new PlanInvalid('x'), new PolicyDenied('x'), new Error('boom'), new CancelledError()]) {
      expect(policy.decide(e, 1)).toMatchObject({ retry: false, reason: 'not-retryable' });
    }
  });

  it('waits longer for missing elements and retries navigation once', () => {
    expect(policy.decide(new ElementNotFound('gone'), 1)).toMatchObject({ retry: true, delayMs: 200 });
    expect(policy.decide(new NavigationError('away'), 1)).toMatchObject({ retry: true });
    expect(policy.decide(new NavigationError('away'), 2)).toMatchObject({ retry: false, reason: 'exhausted' });
  });

  it('honours retry-after on rate limits (capped at five minutes)', () => {
    expect(policy.decide(new ProviderError('slow down', 'rate-limit', { retryAfterMs: 7_000 }), 1)).toMatchObject({ retry: true, delayMs: 7_000 });
    expect(policy.decide(new ProviderError('slow down', 'rate-limit', { retryAfterMs: 9e9 }), 1)).toMatchObject({ delayMs: 300_000 });
    expect(policy.decide(new ProviderError('slow down', 'rate-limit'), 2)).toMatchObject({ delayMs: 200 });
  });

  it('takes category overrides', () => {
    const strict = new RetryPolicy({ maxAttempts: 5, strategy: { kind: 'none' }, categories: { transient: { retry: false } } });
    expect(strict.decide(transient, 1)).toMatchObject({ retry: false });
    expect(strict.rule('element-missing').retry).toBe(true);
  });

  it('applies a step override', () => {
    const base = RetryPolicy.fromConfig({ ...DEFAULT_CONFIG.retry, jitter: 0 });
    expect(base.forStep(undefined)).toBe(base);
    expect(base.decide(transient, 2)).toMatchObject({ delayMs: 1000 });
    expect(base.forStep({ maxAttempts: 1 }).decide(transient, 1)).toMatchObject({ retry: false });
    expect(base.forStep({ maxAttempts: 4, strategy: 'linear', baseDelayMs: 50 }).decide(transient, 3)).toMatchObject({ delayMs: 150 });
    expect(base.forStep({ maxAttempts: 4, strategy: 'none' }).decide(transient, 1)).toMatchObject({ delayMs: 0 });
    expect(base.forStep({ maxAttempts: 4, baseDelayMs: 10 }).decide(transient, 2)).toMatchObject({ delayMs: 20 });
    expect(RetryPolicy.fromConfig({ ...DEFAULT_CONFIG.retry, strategy: 'linear' }).strategy.kind).toBe('linear');
    expect(RetryPolicy.fromConfig({ ...DEFAULT_CONFIG.retry, strategy: 'none' }).forStep({ maxAttempts: 2, strategy: 'exponential' }).decide(transient, 1)).toMatchObject({ delayMs: 500 });
  });

  it('wraps unknown throwables as fatal errors', () => {
    expect(asErrandError('text').category).toBe('fatal');
    expect(asErrandError(new TypeError('t')).details).toEqual({ name: 'TypeError' });
  });
});

describe('withRetry', () => {
  it('retries on the clock with exact delays and reports each retry', async () => {
    const clock = new FakeClock({ auto: true });
    const seen: Array<[number, number]> = [];
    let calls = 0;
    const result = await withRetry(async () => { if (++calls < 3) throw transient; return 'ok'; }, {
      policy: new RetryPolicy({ maxAttempts: 5, strategy: { kind: 'exponential', baseDelayMs: 100, maxDelayMs: 1000, factor: 3, jitter: 0 } }),
      clock, onRetry: (attempt, _e, delay) => { seen.push([attempt, delay]); },
    });
    expect(result).toBe('ok');
    expect(clock.sleeps).toEqual([100, 300]);
    expect(seen).toEqual([[2, 100], [3, 300]]);
  });

  it('gives up with the last error, and stops on cancel', async () => {
    const clock = new FakeClock({ auto: true });
    const policy = new RetryPolicy({ maxAttempts: 2, strategy: { kind: 'none' } });
    await expect(withRetry(async () => { throw transient; }, { policy, clock })).rejects.toBe(transient);
    await expect(withRetry(async () => { throw new CancelledError(); }, { policy, clock })).rejects.toBeInstanceOf(CancelledError);
    const ac = new AbortController();
    ac.abort();
    await expect(withRetry(async () => 1, { policy, clock, signal: ac.signal })).rejects.toBeInstanceOf(CancelledError);
  });
});
