import type { Clock } from '../ports';
import { CancelledError } from '../errors';

interface Timer { at: number; order: number; resolve: () => void }

/**
 * A clock for tests. In `auto` mode every sleep returns at once and moves time forward by its
 * duration; otherwise timers fire only when the test calls `advance`. `sleeps` records every
 * requested delay, so retry tests can assert exact backoff.
 * @example const clock = new FakeClock({ auto: true }); await clock.sleep(500); clock.now() // 500
 */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  private t: number;
  private order = 0;
  private timers: Timer[] = [];
  private readonly auto: boolean;

  constructor(options: { start?: number; auto?: boolean } = {}) {
    this.t = options.start ?? 0;
    this.auto = options.auto ?? false;
  }

  now(): number { return this.t; }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    if (signal?.aborted) return Promise.reject(new CancelledError());
    if (this.auto) { this.t += Math.max(0, ms); return Promise.resolve(); }
    return new Promise<void>((resolve, reject) => {
      const timer: Timer = { at: this.t + Math.max(0, ms), order: this.order++, resolve: () => { signal?.removeEventListener('abort', onAbort); resolve(); } };
      const onAbort = () => { this.timers = this.timers.filter((x) => x !== timer); reject(new CancelledError()); };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
    });
  }

  /** Number of timers waiting to fire. */
  pending(): number { return this.timers.length; }

  /** Moves time forward by `ms`, firing due timers in order and letting awaiting code run. */
  async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    for (;;) {
      await flush();
      const due = this.timers.filter((x) => x.at <= target).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.timers = this.timers.filter((x) => x !== due);
      this.t = due.at;
      due.resolve();
    }
    this.t = target;
    await flush();
  }

  /** Fires the next timer (whatever its time) and returns the delay it waited, or undefined. */
  async runNext(): Promise<number | undefined> {
    await flush();
    const next = [...this.timers].sort((a, b) => a.at - b.at || a.order - b.order)[0];
    if (!next) return undefined;
    const waited = next.at - this.t;
    await this.advance(waited);
    return waited;
  }
}

/** Lets every queued microtask and one macrotask turn run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
