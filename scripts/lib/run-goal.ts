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
    if (FINAL.has(run.status) || (run.status === 'paused' && run.error)) {
      return { runId, status: run.status, run, events, durationMs: Date.now() - t0, panel, page };
    }
    if (run.status === 'awaiting-approval') {
      await askBackground(panel, 'run.approve', { runId });
    } else if (run.status === 'waiting-user' && !answered.has(run.lastSeq)) {
      answered.add(run.lastSeq);
      await askBackground(panel, 'run.answer', { runId, value: answerFor(run, events, opts) });
    }
    await sleep(150);
  }
  if (runId) await askBackground(panel, 'run.cancel', { runId }).catch(() => {});
  const run = runId ? await askBackground<RunRecord | null>(panel, 'run.get', { runId }).catch(() => null) : null;
  return { runId, status: 'timeout', run, events, durationMs: Date.now() - t0, panel, page };
}

function answerFor(run: RunRecord, events: RunEvent[], opts: RunGoalOptions): string | boolean {
  const waiting = [...events].reverse().find((e) => e.type === 'run.waiting-user');
  const field = typeof waiting?.data?.field === 'string' ? waiting.data.field : undefined;
  if (waiting?.data?.mode === 'input') return (field && opts.answers?.[field]) ?? '';
  const text = `${waiting?.message ?? ''} ${String(waiting?.data?.stepDescription ?? '')}`;
  const policy = opts.confirm ?? 'goal';
  if (policy === 'all') return true;
  if (policy === 'none') return false;
  return goalAuthorizes(run.goal, text);
}
