import type { DataRecord } from './records';

/** What an exported results file holds. */
export interface ResultsExport {
  goal: string;
  runId: string;
  exportedAt: string;
  best?: DataRecord;
  records: DataRecord[];
}

/** Results as pretty JSON, Unicode kept as is. */
export function toResultsJson(input: { goal: string; runId: string; records: DataRecord[]; best?: DataRecord | null }, now = new Date()): string {
  const out: ResultsExport = { goal: input.goal, runId: input.runId, exportedAt: now.toISOString(), records: input.records };
  if (input.best) out.best = input.best;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A file name from a goal: `errand-cheapest-usb-c-cable-2026-05-01.csv`. */
export function exportFileName(goal: string, ext: string, now = new Date()): string {
  const slug = goal.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');
  return `errand-${slug || 'results'}-${now.toISOString().slice(0, 10)}.${ext}`;
}
