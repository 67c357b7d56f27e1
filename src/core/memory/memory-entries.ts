import { z } from 'zod';
import { LocatorStrategySchema, type LocatorStrategy } from '../plan';

/** One remembered locator strategy, as it travels in a data export: its store key and the strategy. */
export interface SelectorMemoryEntry {
  /** `selector:ORIGIN|description` (see selectorMemoryKey). */
  key: string;
  strategy: LocatorStrategy;
}

// The key selectorMemoryKey builds: an http(s) origin, then the lower-cased element description.
const KEY = /^selector:https?:\/\/[^\s/|]+\|[^\n]{1,300}$/;

const EntrySchema = z.strictObject({
  key: z.string().regex(KEY),
  // Snapshot refs are never remembered (they mean nothing on the next visit), so none may come in.
  strategy: LocatorStrategySchema.refine((s) => !('ref' in s), 'Snapshot refs are not remembered.'),
});

/**
 * Checks one selector-memory entry from an untrusted file; null when it is not one.
 * @example parseSelectorMemoryEntry({ key: 'selector:https://a.example|search box', strategy: { label: 'Search' } })
 */
export function parseSelectorMemoryEntry(raw: unknown): SelectorMemoryEntry | null {
  const r = EntrySchema.safeParse(raw);
  return r.success ? { key: r.data.key, strategy: r.data.strategy as LocatorStrategy } : null;
}
