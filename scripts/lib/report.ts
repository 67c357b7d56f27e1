import type { RunOutcome } from './run-goal';
import type { RunRecord, StepState } from '../../src/core/run';
import type { Step } from '../../src/core/plan';

/** One step of the printed result. */
export interface StepReport {
  id: string;
  kind: string;
  description: string;
  status: StepState['status'];
  attempts: number;
  durationMs: number | null;
  /** How many times the step ran (inside a forEach or paginate). */
  runs?: number;
  locator?: string;
  error?: string;
}

function flatSteps(steps: Step[]): Step[] {
  return steps.flatMap((s) => ('steps' in s && Array.isArray(s.steps) ? [s, ...flatSteps(s.steps)] : [s]));
}

/** The JSON the headless runner prints: stable, documented in docs/headless.md. */
export function toJsonReport(goal: string, url: string, o: RunOutcome) {
  const run: RunRecord | null = o.run;
  const plan = run?.plan;
  const states = run?.steps ?? {};
  const planned = plan ? flatSteps(plan.steps) : [];
  const steps: StepReport[] = planned.map((s) => {
    // Steps inside forEach/paginate run once per item or page, stored as "loop[2].id".
    const runs = states[s.id] ? [states[s.id]] : Object.entries(states).filter(([k]) => k.endsWith(`.${s.id}`)).map(([, v]) => v);
    const st = runs.find((r) => r.status === 'failed') ?? runs.find((r) => r.status !== 'done' && r.status !== 'skipped') ?? runs.at(-1);
    const timed = runs.filter((r) => r.startedAt && r.finishedAt);
    return {
      id: s.id, kind: s.kind, description: s.description, status: st?.status ?? 'pending',
      attempts: runs.reduce((n, r) => n + r.attempts, 0),
      durationMs: timed.length ? timed.reduce((n, r) => n + (r.finishedAt! - r.startedAt!), 0) : null,
      ...(runs.length > 1 ? { runs: runs.length } : {}),
      ...(st?.locatorUsed ? { locator: st.locatorUsed } : {}),
      ...(st?.error ? { error: st.error.message } : {}),
    };
  });
  const result = (run?.result ?? null) as { records?: unknown[]; best?: unknown } | null;
  const error = o.startError ? { name: 'StartError', message: o.startError } : run?.error ? { name: run.error.name, message: run.error.message } : o.status === 'timeout' ? { name: 'Timeout', message: 'The run did not finish in time.' } : null;
  return {
    status: o.status,
    ok: o.status === 'done',
    goal, url,
    runId: o.runId,
    planner: plan?.source ?? null,
    intent: plan?.intent ?? null,
    durationMs: o.durationMs,
    steps,
    data: result,
    records: result?.records ?? [],
    best: result?.best ?? null,
    usage: run?.usage ?? { modelCalls: 0, promptTokens: 0, completionTokens: 0 },
    error,
    suggestions: run?.suggestions ?? [],
    timeline: o.events.map((e) => ({ seq: e.seq, at: e.at, type: e.type, stepId: e.stepId, attempt: e.attempt, message: e.message })),
  };
}

/** Human-readable summary for the terminal. */
export function toTextReport(report: ReturnType<typeof toJsonReport>): string {
  const lines: string[] = [];
  const t0 = report.timeline[0]?.at ?? 0;
  lines.push(`Goal: ${report.goal}`, `Page: ${report.url}`, `Planner: ${report.planner ?? '-'}   Model calls: ${report.usage.modelCalls}   Tokens: ${report.usage.promptTokens + report.usage.completionTokens}`, '', 'Timeline:');
  for (const e of report.timeline) {
    lines.push(`  +${String(((e.at - t0) / 1000).toFixed(2)).padStart(6)}s  ${e.type.padEnd(16)} ${e.stepId ?? ''}${e.attempt && e.attempt > 1 ? ` (attempt ${e.attempt})` : ''} ${e.message ?? ''}`);
  }
  lines.push('', 'Steps:');
  for (const s of report.steps) {
    lines.push(`  ${s.status === 'done' ? '✓' : s.status === 'failed' ? '✗' : s.status === 'skipped' ? '-' : '·'} ${s.id.padEnd(5)} ${s.kind.padEnd(9)} ${s.description}${s.durationMs !== null ? ` (${s.durationMs} ms)` : ''}${s.error ? ` — ${s.error}` : ''}`);
  }
  if (report.records.length) {
    lines.push('', `Data (${report.records.length} records):`);
    for (const r of report.records.slice(0, 20)) lines.push(`  ${JSON.stringify(r)}`);
    if (report.records.length > 20) lines.push(`  … ${report.records.length - 20} more (use --json)`);
  }
  if (report.best) lines.push('', `Best: ${JSON.stringify(report.best)}`);
  const note = (report.data as { note?: unknown } | null)?.note;
  if (typeof note === 'string') lines.push(`Note: ${note}`);
  lines.push('', `Status: ${report.status} in ${(report.durationMs / 1000).toFixed(1)} s`);
  if (report.error) lines.push(`Error: ${report.error.message}`);
  for (const s of report.suggestions) lines.push(`Next: ${s}`);
  return lines.join('\n');
}
