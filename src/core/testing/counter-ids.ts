import type { Ids } from '../ports';

/** Deterministic ids for tests: `run-1`, `run-2`, `plan-1`… (one counter per prefix). */
export class CounterIds implements Ids {
  private counts = new Map<string, number>();
  next(prefix: string): string {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return `${prefix}-${n}`;
  }
}
