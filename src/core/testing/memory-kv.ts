import type { KeyValueStore } from '../ports';

/** KeyValueStore over a Map; values are copied so callers cannot mutate what is stored. */
export class MemoryKv implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  async get(key: string): Promise<unknown> {
    const v = this.data.get(key);
    return v === undefined ? undefined : structuredClone(v);
  }
  async set(key: string, value: unknown): Promise<void> { this.data.set(key, structuredClone(value)); }
  async delete(key: string): Promise<void> { this.data.delete(key); }
}
