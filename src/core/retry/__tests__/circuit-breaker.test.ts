import { BreakerRegistry, CircuitBreaker, CircuitOpen } from '../circuit-breaker';
import { FakeClock } from '../../testing';
import { CancelledError, ErrandError } from '../../errors';

const options = { failureThreshold: 3, coolDownMs: 1000, windowSize: 4 };
const fail = () => Promise.reject(new ErrandError('x', 'transient'));

describe('CircuitBreaker', () => {
  it('opens after N failures in a row, half-opens after the cool-down, closes on a good trial', async () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker('provider:a', options, clock);
    expect(b.state).toBe('closed');
    b.failure(); b.failure();
    expect(b.state).toBe('closed');
    b.failure();
    expect(b.state).toBe('open');
    expect(b.allows()).toBe(false);
    await expect(b.run(async () => 1)).rejects.toBeInstanceOf(CircuitOpen);
    await clock.advance(999);
    expect(b.state).toBe('open');
    await clock.advance(1);
    expect(b.state).toBe('half-open');
    expect(await b.run(async () => 'ok')).toBe('ok');
    expect(b.state).toBe('closed');
  });

  it('lets one trial through while half-open and re-opens when it fails', async () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker('site:x', { ...options, failureThreshold: 1 }, clock);
    await expect(b.run(fail)).rejects.toThrow('x');
    await clock.advance(1000);
    let release!: () => void;
    const trial = b.run(() => new Promise<void>((r) => { release = r; }).then(fail));
    expect(b.allows()).toBe(false);
    release();
    await expect(trial).rejects.toThrow('x');
    expect(b.state).toBe('open');
  });

  it('does not count a cancellation as a failure', async () => {
    const b = new CircuitBreaker('k', { ...options, failureThreshold: 1 }, new FakeClock());
    await expect(b.run(() => Promise.reject(new CancelledError()))).rejects.toBeInstanceOf(CancelledError);
    expect(b.state).toBe('closed');
  });

  it('keeps a window of recent outcomes', () => {
    const b = new CircuitBreaker('k', options, new FakeClock());
    expect(b.successRate()).toBeUndefined();
    b.success(); b.failure(); b.success(); b.success(); b.success(); b.success();
    expect(b.successRate()).toBe(1);
    b.failure();
    expect(b.successRate()).toBe(0.75);
  });

  it('a registry keeps one breaker per provider and per site', () => {
    const reg = new BreakerRegistry(options, new FakeClock());
    expect(reg.provider('openai')).toBe(reg.get('provider:openai'));
    reg.site('https://a.example').failure();
    reg.site('https://a.example').failure();
    reg.site('https://a.example').failure();
    expect(reg.states()).toEqual({ 'provider:openai': 'closed', 'site:https://a.example': 'open' });
  });
});
