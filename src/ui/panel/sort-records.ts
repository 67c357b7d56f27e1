import type { DataRecord } from '../export/records';

/** Sort direction of a results column. */
export type SortDir = 'ascending' | 'descending';

/** Records sorted by one column: numbers numerically, text naturally ("item 2" < "item 10"), empty last. */
export function sortRecords(records: readonly DataRecord[], column: string, dir: SortDir): DataRecord[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return [...records].sort((a, b) => {
    const x = a[column];
    const y = b[column];
    const xe = x === null || x === undefined || x === '';
    const ye = y === null || y === undefined || y === '';
    if (xe || ye) return xe === ye ? 0 : xe ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return String(x).localeCompare(String(y), undefined, { numeric: true, sensitivity: 'base' }) * sign;
  });
}
