import type { IDBPDatabase } from 'idb';
import type { ErrandDb } from '../store';

/** Keys of the kv table that start with `prefix`, via a key range (no full scan). */
export async function kvKeys(db: IDBPDatabase<ErrandDb>, prefix: string): Promise<string[]> {
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  return (await db.getAllKeys('kv', range)) as string[];
}
