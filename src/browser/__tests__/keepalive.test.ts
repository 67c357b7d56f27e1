import { createKeepAlive } from '../keepalive';

describe('keep-alive', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings while a run is active and stops by itself when none is', async () => {
    let active = true;
    const ping = vi.fn(async () => {});
    const alarms = { create: vi.fn(), clear: vi.fn(async () => true) };
    const ka = createKeepAlive({ ping, isActive: () => active, alarms, intervalMs: 1000 });
    ka.start();
    ka.start(); // idempotent
    expect(alarms.create).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(ping).toHaveBeenCalledTimes(3);
    active = false;
    vi.advanceTimersByTime(1000);
    expect(ka.running()).toBe(false);
    expect(alarms.clear).toHaveBeenCalledWith(ka.ALARM);
    vi.advanceTimersByTime(5000);
    expect(ping).toHaveBeenCalledTimes(3);
  });
});
