import type { Clock } from '../core/ports';
import { CancelledError } from '../core/errors';

/** The real clock: Date.now and timers; sleep rejects with CancelledError when the signal aborts. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(new CancelledError());
      const onAbort = () => { clearTimeout(timer); reject(new CancelledError()); };
      const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};
