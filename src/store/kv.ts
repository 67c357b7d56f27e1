import type { IDBPDatabase } from 'idb';
import type { KeyValueStore } from '../core/ports';
import type { ErrandDb } from './idb-schema';

/** KeyValueStore in the Errand database's `kv` store, under an optional key prefix. */
export class IdbKv implements KeyValueStore {
  constructor(private readonly db: IDBPDatabase<ErrandDb>, private readonly prefix = '') {}
  get(key: string): Promise<unknown> { return this.db.get('kv', this.prefix + key); }
  async set(key: string, value: unknown): Promise<void> { await this.db.put('kv', value, this.prefix + key); }
  delete(key: string): Promise<void> { return this.db.delete('kv', this.prefix + key); }
}

/** The part of `storage.local` (or any similar area) a KV needs; pass the real one or a fake. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * KeyValueStore over a storage area such as `browser.storage.local`, under a key prefix.
 * @example const memoryKv = new StorageKv(browser.storage.local, 'selector:')
 */
export class StorageKv implements KeyValueStore {
  constructor(private readonly area: StorageAreaLike, private readonly prefix = '') {}
  async get(key: string): Promise<unknown> { return (await this.area.get(this.prefix + key))[this.prefix + key]; }
  set(key: string, value: unknown): Promise<void> { return this.area.set({ [this.prefix + key]: value }); }
  delete(key: string): Promise<void> { return this.area.remove(this.prefix + key); }
}
