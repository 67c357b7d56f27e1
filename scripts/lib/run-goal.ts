import type { Page } from 'playwright-core';
import type { ErrandBrowser } from './launch';
import { askBackground } from './extension-rpc';
import type { RunRecord } from '../../src/core/run';
import type { RunEvent } from '../../src/core/events';
import { goalAuthorizes } from '../../src/core/safety/risky-actions';

/** How the runner answers a high-risk confirmation when no person is there. */
export type ConfirmPolicy = 'goal' | 'all' | 'none';

export interface RunGoalOptions {
  url: string;
  goal: string;
  timeoutMs?: number;
  confirm?: ConfirmPolicy;
  /** Answers for askUser input steps, by field name. */
  answers?: Record<string, string>;
  onEvent?: (e: RunEvent) => void;
}

export interface RunOutcome {
  runId: string | null;
  status: RunRecord['status'] | 'timeout' | 'not-started';
  run: RunRecord | null;
  events: RunEvent[];
  durationMs: number;
  /** Error raised before the run existed (URL could not be opened, panel refused the goal…). */
  startError?: string;
  panel?: Page;
  page?: Page;
}

const FINAL = new Set(['done', 'failed', 'cancelled']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs one goal through the real path: the page opens in a tab, the goal is typed into the side
 * panel and run there; the background plans and drives the content script. Approval and
 * confirmations are answered like a person would, following `confirm`.
 */
export async function runGoal(errand: ErrandBrowser, opts: RunGoalOptions): Promise<RunOutcome> {
  const t0 = Date.now();
  const timeoutMs = opts.timeoutMs ?? 180_000;
  const page = await errand.context.newPage();
  const base = { runId: null, run: null, events: [] as RunEvent[], page };
  try {
    await page.goto(opts.url, { waitUntil: 'load', timeout: 30_000 });
  } catch (err) {
    return { ...base, status: 'not-started', durationMs: Date.now() - t0, startError: `Could not open ${opts.url}: ${(err as Error).message.split('\n')[0]}` };
  }
  const tabId = await errand.tabIdOf(page);
  const panel = await errand.openPanel(tabId);
  await panel.getByRole('textbox', { name: 'Goal' }).fill(opts.goal);
  const known = new Set((await askBackground<RunRecord[]>(panel, 'run.list', { limit: 20 })).map((r) => r.id));
  await panel.getByRole('button', { name: 'Run', exact: true }).click();

  let runId: string | null = null;
  const events: RunEvent[] = [];
  let lastSeq = 0;
  const answered = new Set<number>();
  while (Date.now() - t0 < timeoutMs) {
    if (!runId) {
      const runs = await askBackground<RunRecord[]>(panel, 'run.list', { limit: 20 });
      runId = runs.find((r) => !known.has(r.id) && r.goal === opts.goal.trim())?.id ?? null;
      if (!runId) {
        const alert = await panel.getByRole('alert').first().textContent({ timeout: 200 }).catch(() => null);
        if (alert && Date.now() - t0 > 3_000) return { ...base, panel, status: 'not-started', durationMs: Date.now() - t0, startError: alert.trim() };
        await sleep(150);
        continue;
      }
    }
    const fresh = await askBackground<RunEvent[]>(panel, 'run.events', { runId, afterSeq: lastSeq });
    for (const e of fresh) {
      events.push(e);
      opts.onEvent?.(e);
      lastSeq = e.seq;
    }
    const run = await askBackground<RunRecord | null>(panel, 'run.get', { runId });
    if (!run) break;
    const question = run.pending && ['paused', 'waiting-user'].includes(run.status) ? run.pending : undefined;
    if (question && !answered.has(run.lastSeq)) {
      answered.add(run.lastSeq);
      const value = answerFor(run.goal, question, opts);
      if (value === null) return { runId, status: run.status, run, events, durationMs: Date.now() - t0, panel, page };
      await askBackground(panel, 'run.answer', { runId, value });
    } else if (FINAL.has(run.status) || (run.status === 'paused' && !question)) {
      return { runId, status: run.status, run, events, durationMs: Date.now() - t0, panel, page };
    } else if (run.status === 'awaiting-approval') {
      await askBackground(panel, 'run.approve', { runId });
    }
    await sleep(150);
  }
  if (runId) await askBackground(panel, 'run.cancel', { runId }).catch(() => {});
  const run = runId ? await askBackground<RunRecord | null>(panel, 'run.get', { runId }).catch(() => null) : null;
  return { runId, status: 'timeout', run, events, durationMs: Date.now() - t0, panel, page };
}

/**
 * How the runner answers a question no person is there to answer; null = leave it unanswered.
 * Inputs come from --answer; confirmations follow the policy; a step interrupted by a worker
 * restart is taken as done (the page kept running while the worker was away).
 */
function answerFor(goal: string, q: NonNullable<RunRecord['pending']>, opts: RunGoalOptions): string | boolean | null {
  if (q.kind === 'input') return (q.field && opts.answers?.[q.field]) ?? null;
  if (q.kind === 'recheck') return true;
  if (q.kind === 'origin') return false;
  const policy = opts.confirm ?? 'goal';
  if (policy === 'all') return true;
  if (policy === 'none') return false;
  // Judge the step itself (quoted in the question), not the question's own wording.
  return goalAuthorizes(goal, /"([^"]+)"/.exec(q.message)?.[1] ?? q.message);
}
