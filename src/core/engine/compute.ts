import type { Step } from '../plan';
import { ErrandError } from '../errors';
import { dedupe, recordsOf, toNumber, type DataRecord } from './records';
import { groupByCurrency, mixedCurrencyNote, primaryCurrency } from './currency';

type ComputeStep = Extract<Step, { kind: 'compute' }>;
type Where = NonNullable<ComputeStep['where']>;

/** Compares two values: numerically when both read as numbers, else as text; missing values last. */
export function compareValues(a: unknown, b: unknown): number {
  const missingA = a === undefined || a === null || a === '';
  const missingB = b === undefined || b === null || b === '';
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  const na = toNumber(a);
  const nb = toNumber(b);
  if (na !== undefined && nb !== undefined) return na - nb;
  return String(a).localeCompare(String(b));
}

function matches(r: DataRecord, where: Where): boolean {
  const v = r[where.field];
  if (where.op === 'contains') return String(v ?? '').toLowerCase().includes(String(where.value).toLowerCase());
  if (v === undefined || v === null) return where.op === 'ne';
  const c = compareValues(v, where.value);
  switch (where.op) {
    case 'eq': return c === 0;
    case 'ne': return c !== 0;
    case 'lt': return c < 0;
    case 'lte': return c <= 0;
    case 'gt': return c > 0;
    case 'gte': return c >= 0;
  }
}

/** The records a compute input resolved to (one list, or several for merge). */
export function computeInputs(resolved: unknown): DataRecord[][] {
  const lists = Array.isArray(resolved) && resolved.every((x) => Array.isArray(x) || (x && typeof x === 'object' && 'records' in x))
    ? resolved : [resolved];
  return lists.map((l) => {
    const records = recordsOf(l);
    if (!records) throw new ErrandError('compute input is not a list of records', 'validation', { input: l });
    return records;
  });
}

/** What a compute step outputs. */
export interface ComputeOutput {
  records: DataRecord[];
  record?: DataRecord;
  /** min/max over prices in several currencies: the best record per currency (`record` is the best in the primary one). */
  bestByCurrency?: Record<string, DataRecord>;
  note?: string;
}

/**
 * Runs a compute step over already-resolved inputs: sort / filter / merge / dedupe → { records };
 * min / max → { record, records } with records sorted best first. Numbers compare numerically.
 * A min/max over prices in different currencies never ranks them against each other: `record` is
 * the best in the currency most records use, `bestByCurrency` the best in each, with a `note`.
 */
export function runCompute(step: ComputeStep, resolvedInput: unknown): ComputeOutput {
  const all = computeInputs(resolvedInput).flat();
  const field = step.field ?? 'price';
  const sortBy = (dir: 'asc' | 'desc') => [...all].sort((a, b) => {
    const c = compareValues(a[field], b[field]);
    const missing = a[field] === undefined || a[field] === null || b[field] === undefined || b[field] === null;
    return dir === 'asc' || missing ? c : -c;
  });
  switch (step.op) {
    case 'merge': return { records: all };
    case 'dedupe': return { records: dedupe(all, step.field) };
    case 'sort': return { records: sortBy(step.order) };
    case 'filter': return { records: step.where ? all.filter((r) => matches(r, step.where as Where)) : all };
    case 'min':
    case 'max': {
      const records = sortBy(step.op === 'min' ? 'asc' : 'desc').filter((r) => toNumber(r[field]) !== undefined || typeof r[field] === 'string');
      const groups = groupByCurrency(records, field);
      const primary = primaryCurrency(groups);
      if (groups.size <= 1 || !primary) return { record: records[0], records };
      // Each currency ranked on its own, the primary one first: never one ranking across currencies.
      const ranked = [primary, ...[...groups.keys()].filter((c) => c !== primary)].flatMap((c) => groups.get(c)!);
      const bestByCurrency = Object.fromEntries([...groups].map(([code, list]) => [code, list[0]]));
      return { record: groups.get(primary)![0], records: ranked, bestByCurrency, note: mixedCurrencyNote([...groups.keys()], primary) };
    }
  }
}
