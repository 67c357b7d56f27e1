import type { ExtractedRecord } from './values';

/**
 * A stable key for a record, for de-duplicating across pages: its URL when it has one, else name
 * and price, else all its values in key order.
 */
export function recordKey(record: ExtractedRecord): string {
  if (typeof record.url === 'string' && record.url) return `url:${record.url}`;
  if (record.name !== undefined && record.name !== null) return `name:${String(record.name).toLowerCase()}|${record.price ?? ''}`;
  return `all:${JSON.stringify(Object.keys(record).sort().map((k) => [k, record[k]]))}`;
}

/** Records not seen before (by `recordKey`), in order; `seen` is updated when given. */
export function dedupeRecords(records: ExtractedRecord[], seen: Set<string> = new Set()): ExtractedRecord[] {
  const out: ExtractedRecord[] = [];
  for (const r of records) {
    const key = recordKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}
