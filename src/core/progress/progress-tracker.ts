/** What the progress query returns. */
export interface ProgressSnapshot {
  /** 0–100, whole numbers; 100 only when the run is finished. */
  percent: number;
  done: number;
  total: number;
  /** Estimated time left, from the moving average of recent step durations; undefined before any step. */
  etaMs?: number;
  currentStepId?: string;
}

/**
 * Completion and ETA for one run. Work is counted in leaf steps; containers (forEach, paginate,
 * templates) start with an estimate and `grow`/`shrink` the total as they learn their real size.
 */
export class ProgressTracker {
  private done = 0;
  private total: number;
  private durations: number[] = [];
  private current?: string;
  private finished = false;

  constructor(total: number, private readonly window = 10) { this.total = Math.max(0, total); }

  /** Sets the count of steps already done (after a restart). */
  restore(done: number): void { this.done = done; }

  /** A step began. */
  start(stepId: string): void { this.current = stepId; }

  /** A leaf step finished (done or skipped) after `durationMs`. */
  complete(durationMs?: number): void {
    this.done++;
    if (this.done > this.total) this.total = this.done;
    if (durationMs !== undefined) {
      this.durations.push(Math.max(0, durationMs));
      if (this.durations.length > this.window) this.durations.shift();
    }
  }

  /** Adds (or, negative, removes) expected steps when a container learns its size. */
  grow(delta: number): void { this.total = Math.max(this.done, this.total + delta); }

  /** The whole run finished. */
  finish(): void { this.finished = true; this.current = undefined; }

  /** Average of the recent step durations. */
  averageMs(): number | undefined {
    if (this.durations.length === 0) return undefined;
    return this.durations.reduce((a, b) => a + b, 0) / this.durations.length;
  }

  /** The query API: percent, counts, ETA and the step running now. */
  snapshot(): ProgressSnapshot {
    const total = Math.max(this.total, this.done);
    const raw = total === 0 ? 0 : (this.done / total) * 100;
    const percent = this.finished ? 100 : Math.min(99, Math.floor(raw));
    const avg = this.averageMs();
    const etaMs = this.finished ? 0 : avg === undefined ? undefined : Math.round(avg * (total - this.done));
    return { percent, done: this.done, total, etaMs, currentStepId: this.current };
  }
}
