import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RunRecord } from '../core/run';
import type { RunEvent } from '../core/events';

/** A stored context snapshot (after one step of one run). */
export interface SnapshotRow { runId: string; stepId: string; context: unknown }

/** The Errand database: runs, their events and snapshots, and a small key-value store. */
export interface ErrandDb extends DBSchema {
  runs: { key: string; value: RunRecord; indexes: { status: string; updatedAt: number } };
  events: { key: [string, number]; value: RunEvent };
  snapshots: { key: [string, string]; value: SnapshotRow };
  kv: { key: string; value: unknown };
}

/** Current schema version. Each version's upgrade step below runs once, in order. */
export const ERRAND_DB_VERSION = 1;
export const DEFAULT_DB_NAME = 'errand';

/**
 * Opens (creating or upgrading) the Errand database. Upgrades are additive and keyed on the old
 * version, so a database from any earlier version is brought forward without losing data. A
 * connection that blocks a newer version closes itself, so an updated extension can open.
 */
export async function openErrandDb(name = DEFAULT_DB_NAME): Promise<IDBPDatabase<ErrandDb>> {
  const db: IDBPDatabase<ErrandDb> = await openDB<ErrandDb>(name, ERRAND_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const runs = database.createObjectStore('runs', { keyPath: 'id' });
        runs.createIndex('status', 'status');
        runs.createIndex('updatedAt', 'updatedAt');
        database.createObjectStore('events', { keyPath: ['runId', 'seq'] });
        database.createObjectStore('snapshots', { keyPath: ['runId', 'stepId'] });
        database.createObjectStore('kv');
      }
      // Version 2+ steps go here: `if (oldVersion < 2) { … }`.
    },
    blocking() { db.close(); },
  });
  return db;
}
