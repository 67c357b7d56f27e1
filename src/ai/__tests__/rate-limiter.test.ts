import { CancelledError } from '../../core/errors';
import { reply, startAiTestServer } from '../../../tests/ai-server/server';
import { systemClock } from '../clock';
import { createRateLimiter } from '../rate-limiter';
import { fakeClock, providerFor, searchPlanAnswer } from './fixtures';

describe('rate limiter (token buckets on a fake clock)', () => {
  it('lets a burst up to the per-minute limit through, then spaces requests evenly', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 3 }, clock);
    for (let i = 0; i < 3; i++) await limiter.acquire(0);
    expect(clock.sleeps).toEqual([]);

    await limiter.acquire(0);
    expect(clock.sleeps).toEqual([20_000]);
  });

  it('refills with time that passes between calls', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 2 }, clock);
    await limiter.acquire(0);
    await limiter.acquire(0);
    clock.advance(30_000);
    await limiter.acquire(0);
    expect(clock.sleeps).toEqual([]);
  });

  it('waits for tokens per minute and corrects the estimate with real usage', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 100, tokensPerMinute: 6000 }, clock);
    await limiter.acquire(5000);
    limiter.settle(5000, 6000); // the call really used 6000: the bucket is empty now
    await limiter.acquire(600);
    expect(clock.sleeps).toEqual([6000]);
  });

  it('never waits forever for a call larger than the whole token budget', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerMinute: 100, tokensPerMinute: 1000 }, clock);
    await limiter.acquire(50_000);
    expect(clock.sleeps).toEqual([]);
    await limiter.acquire(1000);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('stops waiting when the signal aborts', async () => {
    const limiter = createRateLimiter({ requestsPerMinute: 1 }, systemClock);
    await limiter.acquire(0);
    const controller = new AbortController();
    const pending = limiter.acquire(0, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    await expect(limiter.acquire(0, controller.signal)).rejects.toBeInstanceOf(CancelledError);
  });

  it('the system clock sleeps for real and can be cancelled', async () => {
    const started = systemClock.now();
    await systemClock.sleep(20);
    expect(systemClock.now() - started).toBeGreaterThanOrEqual(15);
    const controller = new AbortController();
    controller.abort();
    await expect(systemClock.sleep(10, controller.signal)).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('the provider waits on its rate limiter before calling', () => {
  it('delays the third call when the limit is two requests a minute', async () => {
    const server = await startAiTestServer({ replies: [reply.json(searchPlanAnswer), reply.json(searchPlanAnswer), reply.json(searchPlanAnswer)] });
    const clock = fakeClock();
    const provider = providerFor(server, { maxRequestsPerMinute: 2 }, { clock });
    await provider.generatePlan({ goal: 'a' });
    await provider.generatePlan({ goal: 'b' });
    expect(clock.sleeps).toEqual([]);
    await provider.generatePlan({ goal: 'c' });
    expect(clock.sleeps).toEqual([30_000]);
    expect(server.completions()).toHaveLength(3);
    await server.close();
  });
});
