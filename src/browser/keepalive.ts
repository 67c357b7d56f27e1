/**
 * Keeps the service worker alive while a run is active, by the documented means: a cheap extension
 * API call every 20 s resets Chrome's 30 s idle timer; an alarm wakes a worker that died anyway so it
 * can resume interrupted runs. Never forever: it stops when no run is active.
 */
export function createKeepAlive(opts: {
  ping: () => Promise<unknown>;
  isActive: () => boolean;
  alarms?: { create(name: string, info: { periodInMinutes: number }): unknown; clear(name: string): Promise<unknown> };
  intervalMs?: number;
}) {
  let timer: ReturnType<typeof setInterval> | undefined;
  const ALARM = 'errand-resume';

  function stop() {
    if (timer) clearInterval(timer);
    timer = undefined;
    void opts.alarms?.clear(ALARM);
  }

  return {
    ALARM,
    /** Call when a run becomes active; idempotent. */
    start() {
      if (timer) return;
      opts.alarms?.create(ALARM, { periodInMinutes: 0.5 });
      timer = setInterval(() => {
        if (!opts.isActive()) return stop();
        void opts.ping().catch(() => {});
      }, opts.intervalMs ?? 20_000);
    },
    stop,
    running: () => timer !== undefined,
  };
}
