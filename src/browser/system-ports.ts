import type { Clock, Ids } from '../core/ports';
import { CancelledError } from '../core/errors';

/** The real clock: Date.now and setTimeout, abortable. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(new CancelledError());
      const t = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => { clearTimeout(t); reject(new CancelledError()); }, { once: true });
    }),
};

/** Ids like "run-m3k9x2-a7f3": time-ordered, unique enough for one profile. */
export const randomIds: Ids = {
  next: (prefix) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
};
