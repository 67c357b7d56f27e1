// The benchmark's printed report: three aligned tables, each number next to its target, misses marked.
import type { BenchRow } from './engine-bench';
import type { PlanningRow } from './planning-bench';
import type { SnapshotRow } from './snapshot-bench.mjs';
import { GENERATED } from './snapshot-bench.mjs';

/** Targets the report checks (DESIGN: one model call on the happy path, zero on a repeat). */
export const TARGETS = {
  snapshotMedianMs: 30,
  snapshotTokensPerElement: 10,
  largePageMedianMs: 300,
  firstRunCalls: 1,
  repeatCalls: 0,
} as const;

/** One checked number: its text, and whether it met its target (undefined = no target). */
interface Cell { text: string; ok?: boolean }
type Column<R> = { header: string; right?: boolean; cell(row: R): Cell | string };

const PASS = 'ok';
const MISS = 'MISS';
const checked = (value: string | number, ok: boolean | undefined): Cell => ({ text: String(value), ok });
const render = (c: Cell | string) => (typeof c === 'string' ? c : c.ok === undefined ? c.text : `${c.text} ${c.ok ? PASS : MISS}`);

/** Renders rows as a plain-text table with aligned columns. */
export function table<R>(columns: Column<R>[], rows: R[]): string {
  const cells = rows.map((r) => columns.map((c) => render(c.cell(r))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) => values.map((v, i) => (columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** How many checked cells missed their target. */
function misses<R>(columns: Column<R>[], rows: R[]): number {
  return rows.reduce((n, r) => n + columns.filter((c) => {
    const cell = c.cell(r);
    return typeof cell !== 'string' && cell.ok === false;
  }).length, 0);
}

/** A titled section: title, target line, table, and a count of misses. */
function section<R>(title: string, target: string, columns: Column<R>[], rows: R[]): { text: string; missed: number } {
  const missed = misses(columns, rows);
  const verdict = missed ? `${missed} target${missed > 1 ? 's' : ''} missed (marked ${MISS})` : 'all targets met';
  return { text: [title, `target: ${target}`, '', table(columns, rows), '', verdict].join('\n'), missed };
}

/** Snapshot table; `label` shortens a page's URL for display. */
export function snapshotSection(rows: SnapshotRow[], label: (page: string) => string = (p) => p) {
  const large = (r: SnapshotRow) => r.page === GENERATED;
  const columns: Column<SnapshotRow>[] = [
    { header: 'page', cell: (r) => label(r.page) },
    { header: 'elements', right: true, cell: (r) => String(r.elements) },
    { header: 'DOM elements', right: true, cell: (r) => String(r.domElements) },
    { header: 'chars', right: true, cell: (r) => String(r.chars) },
    { header: 'tokens', right: true, cell: (r) => String(r.tokens) },
    { header: `tokens/element (≤ ${TARGETS.snapshotTokensPerElement})`, right: true, cell: (r) => checked(r.tokensPerElement, large(r) ? undefined : r.tokensPerElement <= TARGETS.snapshotTokensPerElement) },
    {
      header: `median ms (< ${TARGETS.snapshotMedianMs}; 10k page < ${TARGETS.largePageMedianMs})`, right: true,
      cell: (r) => checked(r.medianMs, r.medianMs < (large(r) ? TARGETS.largePageMedianMs : TARGETS.snapshotMedianMs)),
    },
    { header: 'p95 ms', right: true, cell: (r) => String(r.p95Ms) },
  ];
  return section(
    'Page snapshot: takeSnapshot() in headless Chromium, model-form size in o200k tokens',
    `median < ${TARGETS.snapshotMedianMs} ms and ≤ ${TARGETS.snapshotTokensPerElement} tokens/element on ordinary pages; median < ${TARGETS.largePageMedianMs} ms on the generated 10k-element page`,
    columns, rows,
  );
}

/** Engine table (no targets: overhead figures to watch). */
export function engineSection(rows: BenchRow[]) {
  const columns: Column<BenchRow>[] = [
    { header: 'measure', cell: (r) => r.name },
    { header: 'samples', right: true, cell: (r) => String(r.samples) },
    { header: 'median ms', right: true, cell: (r) => r.medianMs.toFixed(3) },
    { header: 'p95 ms', right: true, cell: (r) => r.p95Ms.toFixed(3) },
    { header: 'note', cell: (r) => r.note },
  ];
  return section('Engine: orchestration overhead per step, IndexedDB (fake-indexeddb) write per transition',
    'none (page work excluded; compare runs over time)', columns, rows);
}

/** Planning table: model calls and tokens per goal type, offline and AI-path latency. */
export function planningSection(rows: PlanningRow[]) {
  const columns: Column<PlanningRow>[] = [
    { header: 'goal type', cell: (r) => r.goalType },
    { header: 'page', cell: (r) => r.page },
    { header: 'steps', right: true, cell: (r) => String(r.planSteps) },
    { header: `first-run calls (${TARGETS.firstRunCalls})`, right: true, cell: (r) => checked(r.firstRunCalls, r.firstRunCalls === TARGETS.firstRunCalls) },
    { header: 'first-run tokens (prompt+completion)', right: true, cell: (r) => `${r.firstRunTokens} (${r.firstRunPromptTokens}+${r.firstRunCompletionTokens})` },
    { header: 'schema tokens', right: true, cell: (r) => String(r.firstRunSchemaTokens) },
    { header: `repeat calls (${TARGETS.repeatCalls})`, right: true, cell: (r) => checked(`${r.repeatCalls} ${r.repeatSource}`, r.repeatCalls === TARGETS.repeatCalls) },
    { header: 'offline calls (0)', right: true, cell: (r) => checked(r.offlineCalls, r.offlineCalls === 0) },
    { header: 'offline ms', right: true, cell: (r) => r.offlineMedianMs.toFixed(2) },
    { header: 'AI path ms', right: true, cell: (r) => r.aiPathMedianMs.toFixed(2) },
    { header: 'model ms', right: true, cell: (r) => r.modelMedianMs.toFixed(2) },
    { header: 'AI overhead ms', right: true, cell: (r) => r.aiOverheadMedianMs.toFixed(2) },
    { header: 'note', cell: (r) => r.note },
  ];
  return section(
    'Planning: model calls and tokens per goal type (AI path = plan cache → AI planner → local OpenAI-compatible server), latency medians',
    `${TARGETS.firstRunCalls} model call on a first run, ${TARGETS.repeatCalls} on a repeat (paraphrase or new values), 0 offline`,
    columns, rows,
  );
}
