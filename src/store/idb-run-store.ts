import type { IDBPDatabase } from 'idb';
import type { RunStore } from '../core/ports';
import type { RunRecord } from '../core/run';
import type { RunEvent } from '../core/events';
import { FINAL_STATUSES } from '../core/run';
import { openErrandDb, type ErrandDb } from './idb-schema';

const eventKeys = (runId: string) => IDBKeyRange.bound([runId, -Infinity], [runId, Infinity]);
const snapshotKeys = (runId: string) => IDBKeyRange.bound([runId, ''], [runId, '\uffff']);

/**
 * RunStore over IndexedDB (idb). Runs are indexed by status and updatedAt; events are keyed
 * [runId, seq] so "events after seq N" is one key-range read; snapshots are keyed [runId, stepId].
 * Values are copied by IndexedDB at the moment a write is called.
 * @example const store = await IdbRunStore.open(); await store.putRun(run);
 */
export class IdbRunStore implements RunStore {
  constructor(private readonly db: IDBPDatabase<ErrandDb>) {}

  /** Opens the Errand database and returns a store over it. */
  static async open(name?: string): Promise<IdbRunStore> {
    return new IdbRunStore(await openErrandDb(name));
  }

  async putRun(run: RunRecord): Promise<void> {
    await this.db.put('runs', run);
  }

  async getRun(id: string): Promise<RunRecord | undefined> {
    return this.db.get('runs', id);
  }

  async listRuns(filter: { status?: RunRecord['status']; limit?: number } = {}): Promise<RunRecord[]> {
    const limit = filter.limit ?? Infinity;
    if (filter.status) {
      const rows = await this.db.getAllFromIndex('runs', 'status', filter.status);
      return rows.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
    }
    const out: RunRecord[] = [];
    let cursor = await this.db.transaction('runs').store.index('updatedAt').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  async deleteRun(id: string): Promise<void> {
    const tx = this.db.transaction(['runs', 'events', 'snapshots'], 'readwrite');
    await Promise.all([
      tx.objectStore('runs').delete(id),
      tx.objectStore('events').delete(eventKeys(id)),
      tx.objectStore('snapshots').delete(snapshotKeys(id)),
      tx.done,
    ]);
  }

  async appendEvent(event: RunEvent): Promise<void> {
    await this.db.put('events', event);
  }

  async getEvents(runId: string, afterSeq = 0): Promise<RunEvent[]> {
    return this.db.getAll('events', IDBKeyRange.bound([runId, afterSeq], [runId, Infinity], true, false));
  }

  async putSnapshot(runId: string, stepId: string, context: unknown): Promise<void> {
    await this.db.put('snapshots', { runId, stepId, context });
  }

  async getSnapshots(runId: string): Promise<Array<{ stepId: string; context: unknown }>> {
    const rows = await this.db.getAll('snapshots', snapshotKeys(runId));
    return rows.map(({ stepId, context }) => ({ stepId, context }));
  }

  async prune(keep: number): Promise<number> {
    const all = await this.listRuns();
    const gone = all.filter((r) => FINAL_STATUSES.includes(r.status)).slice(keep);
    for (const r of gone) await this.deleteRun(r.id);
    return gone.length;
  }

  /** Closes the connection. */
  close(): void { this.db.close(); }
}
