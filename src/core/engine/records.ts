import type { Intent, Step } from '../plan';
import { groupByCurrency, mixedCurrencyNote, primaryCurrency } from './currency';

/** An extracted record: label → value. */
export type DataRecord = Record<string, unknown>;

/**
 * A number from a number or a price-like string ("$1,299.00", "1.299,00 €", "12,5"): the last of
 * `.`/`,` is the decimal mark when both appear; a lone `,` before three digits, or a separator that
 * repeats, groups thousands; spaces before three digits group thousands. Undefined without digits.
 */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /-?\d+(?:[.,]\d+|[\s\u00a0\u202f']\d{3}(?!\d))*/.exec(v);
  if (!m) return undefined;
  const negative = m[0].startsWith('-');
  let s = m[0].replace(/^-/, '').replace(/[\s\u00a0\u202f']/g, '').replace(/[.,]+$/, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const [dec, group] = lastDot > lastComma ? ['.', ','] : [',', '.'];
    s = s.split(group).join('').replace(dec, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const groups = s.split(sep);
    const thousands = groups.length > 2 || (sep === ',' && groups[1].length === 3);
    s = thousands ? groups.join('') : groups.join('.');
  }
  const n = Number(s) * (negative ? -1 : 1);
  return Number.isFinite(n) ? n : undefined;
}

/** The records array of a step output, or undefined when it has none. */
export function recordsOf(output: unknown): DataRecord[] | undefined {
  if (Array.isArray(output)) return output.filter((r): r is DataRecord => !!r && typeof r === 'object');
  const r = (output as { records?: unknown } | undefined)?.records;
  return Array.isArray(r) ? r.filter((x): x is DataRecord => !!x && typeof x === 'object') : undefined;
}

/** Stable text key of a record (keys sorted) for de-duplication. */
export function recordKey(r: DataRecord, field?: string): string {
  if (field) return JSON.stringify(r[field] ?? null);
  return JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]]));
}

/** Records without duplicates (by `field`, or whole record), first occurrence kept. */
export function dedupe(records: DataRecord[], field?: string): DataRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const k = recordKey(r, field);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Kinds whose output carries records (and so can be a run's result). */
const RECORD_KINDS = new Set<Step['kind']>(['extract', 'compute', 'forEach', 'paginate', 'useTemplate']);

/**
 * A run's result: the output of its last records-producing step that finished, plus `best` (the
 * record with the lowest price) for compare runs.
 */
export function runResult(steps: readonly Step[], outputOf: (stepId: string) => unknown, intent: Intent): unknown {
  for (let i = steps.length - 1; i >= 0; i--) {
    if (!RECORD_KINDS.has(steps[i].kind)) continue;
    const output = outputOf(steps[i].id);
    const records = recordsOf(output);
    if (!records) continue;
    const base = Array.isArray(output) ? { records } : (output as Record<string, unknown>);
    return intent === 'compare' ? { ...base, ...bestOffer(records) } : base;
  }
  return undefined;
}

/**
 * `best`: the cheapest record. Prices in several currencies are never compared as numbers: then
 * `best` is the cheapest in the currency most offers use, plus `bestByCurrency` and a `note`.
 */
function bestOffer(records: DataRecord[]): { best?: DataRecord; bestByCurrency?: Record<string, DataRecord>; note?: string } {
  const groups = groupByCurrency(records.filter((r) => toNumber(r.price) !== undefined));
  const primary = primaryCurrency(groups);
  if (groups.size <= 1 || !primary) return { best: cheapest(records) };
  const bestByCurrency = Object.fromEntries([...groups].map(([code, list]) => [code, cheapest(list)!]));
  return { best: bestByCurrency[primary], bestByCurrency, note: mixedCurrencyNote([...groups.keys()], primary) };
}

/** The record with the lowest numeric `price`, or undefined. Callers group by currency first. */
export function cheapest(records: DataRecord[], field = 'price'): DataRecord | undefined {
  let best: DataRecord | undefined;
  let bestValue = Infinity;
  for (const r of records) {
    const n = toNumber(r[field]);
    if (n !== undefined && n < bestValue) { best = r; bestValue = n; }
  }
  return best;
}
