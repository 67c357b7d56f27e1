/** One extracted record: what `extract` and `compute` steps produce. */
export type DataRecord = Record<string, string | number | boolean | null | undefined>;

/** Column names of a set of records, in first-seen order. */
export function columnsOf(records: readonly DataRecord[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/** The records of a run result (`{ records }`), or [] when it has none. */
export function recordsOf(result: unknown): DataRecord[] {
  const records = (result as { records?: unknown } | null | undefined)?.records;
  return Array.isArray(records) ? records.filter((r): r is DataRecord => typeof r === 'object' && r !== null && !Array.isArray(r)) : [];
}

/** The best offer of a compare run (`result.best`), when there is one. */
export function bestOf(result: unknown): DataRecord | null {
  const best = (result as { best?: unknown } | null | undefined)?.best;
  return typeof best === 'object' && best !== null && !Array.isArray(best) ? (best as DataRecord) : null;
}

/** True when two records hold the same values (the best offer is a copy of one of the records). */
export function sameRecord(a: DataRecord, b: DataRecord): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
}
