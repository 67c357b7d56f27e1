import type { RunStore } from '../ports';
import type { RunRecord } from '../run';
import type { RunEvent } from '../events';
import { FINAL_STATUSES } from '../run';

/** One write seen by a MemoryRunStore, for write-ahead assertions. */
export type StoreWrite =
  | { op: 'putRun'; run: RunRecord }
  | { op: 'appendEvent'; event: RunEvent }
  | { op: 'putSnapshot'; runId: string; stepId: string };

/**
 * RunStore in memory. Everything is cloned on the way in and out, like IndexedDB would.
 * `writes` lists every write in order; `onWrite` lets a test observe (or crash on) each one.
 */
export class MemoryRunStore implements RunStore {
  readonly runs = new Map<string, RunRecord>();
  readonly events = new Map<string, RunEvent[]>();
  readonly snapshots = new Map<string, Map<string, unknown>>();
  readonly writes: StoreWrite[] = [];
  onWrite?: (write: StoreWrite) => void | Promise<void>;
  /** When false, `writes` is not kept (benchmarks). */
  recordWrites = true;

  private async log(write: StoreWrite): Promise<void> {
    if (this.recordWrites) this.writes.push(write);
    await this.onWrite?.(write);
  }

  async putRun(run: RunRecord): Promise<void> {
    const copy = structuredClone(run);
    await this.log({ op: 'putRun', run: copy });
    this.runs.set(run.id, copy);
  }
  async getRun(id: string): Promise<RunRecord | undefined> {
    const r = this.runs.get(id);
    return r && structuredClone(r);
  }
  async listRuns(filter: { status?: RunRecord['status']; limit?: number } = {}): Promise<RunRecord[]> {
    const all = [...this.runs.values()].filter((r) => !filter.status || r.status === filter.status)
      .sort((a, b) => b.updatedAt - a.updatedAt);
    return structuredClone(all.slice(0, filter.limit ?? all.length));
  }
  async deleteRun(id: string): Promise<void> {
    this.runs.delete(id);
    this.events.delete(id);
    this.snapshots.delete(id);
  }
  async appendEvent(event: RunEvent): Promise<void> {
    const copy = structuredClone(event);
    await this.log({ op: 'appendEvent', event: copy });
    const list = this.events.get(event.runId) ?? [];
    const at = list.findIndex((e) => e.seq === event.seq);
    if (at >= 0) list[at] = copy; else list.push(copy);
    list.sort((a, b) => a.seq - b.seq);
    this.events.set(event.runId, list);
  }
  async getEvents(runId: string, afterSeq = 0): Promise<RunEvent[]> {
    return structuredClone((this.events.get(runId) ?? []).filter((e) => e.seq > afterSeq));
  }
  async putSnapshot(runId: string, stepId: string, context: unknown): Promise<void> {
    await this.log({ op: 'putSnapshot', runId, stepId });
    const map = this.snapshots.get(runId) ?? new Map<string, unknown>();
    map.set(stepId, structuredClone(context));
    this.snapshots.set(runId, map);
  }
  async getSnapshots(runId: string): Promise<Array<{ stepId: string; context: unknown }>> {
    return [...(this.snapshots.get(runId) ?? new Map()).entries()].map(([stepId, context]) => ({ stepId, context: structuredClone(context) }));
  }
  async prune(keep: number): Promise<number> {
    const finished = [...this.runs.values()].filter((r) => FINAL_STATUSES.includes(r.status))
      .sort((a, b) => b.updatedAt - a.updatedAt);
    const gone = finished.slice(keep);
    for (const r of gone) await this.deleteRun(r.id);
    return gone.length;
  }
}

/** A RunStore that stores nothing (benchmarks of pure engine overhead). */
export class NullRunStore implements RunStore {
  async putRun(): Promise<void> {}
  async getRun(): Promise<RunRecord | undefined> { return undefined; }
  async listRuns(): Promise<RunRecord[]> { return []; }
  async deleteRun(): Promise<void> {}
  async appendEvent(): Promise<void> {}
  async getEvents(): Promise<RunEvent[]> { return []; }
  async putSnapshot(): Promise<void> {}
  async getSnapshots(): Promise<Array<{ stepId: string; context: unknown }>> { return []; }
  async prune(): Promise<number> { return 0; }
}
