// Runs a saved template the way its panel button does ('template.run', no model call), answering
// "are you sure?" confirmations with the runner's `--confirm goal` policy.
import type { ErrandBrowser } from '../../scripts/lib/launch';
import type { RunOutcome } from '../../scripts/lib/run-goal';
import { askBackground } from '../../scripts/lib/extension-rpc';
import { goalAuthorizes } from '../../src/core/safety/risky-actions';
import type { RunRecord } from '../../src/core/run';
import type { RunEvent } from '../../src/core/events';

/** Confirmations follow the `--confirm goal` policy (judging the quoted step); inputs stay unanswered. */
function answerFor(goal: string, q: NonNullable<RunRecord['pending']>): boolean | null {
  if (q.kind === 'input') return null;
  if (q.kind === 'recheck') return true;
  if (q.kind === 'origin') return false;
  return goalAuthorizes(goal, /"([^"]+)"/.exec(q.message)?.[1] ?? q.message);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FINAL = new Set(['done', 'failed', 'cancelled']);

/**
 * Opens `url`, starts template `name` with `params` in that tab and follows the run to its end.
 * Questions are answered like the headless runner does (scripts/lib/run-goal.ts): a high-risk step
 * is confirmed only when the run's goal (the template title and its parameters, e.g.
 * "submit=true") asks for that kind of action; an input question ends the wait unanswered.
 */
export async function templateRun(errand: ErrandBrowser, url: string, name: string, params: Record<string, unknown>, timeoutMs = 120_000): Promise<RunOutcome> {
  const t0 = Date.now();
  const page = await errand.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await errand.tabIdOf(page);
  const panel = await errand.openPanel(tabId);
  const { runId } = await askBackground<{ runId: string }>(panel, 'template.run', { name, params, tabId });
  const answered = new Set<number>();
  let run: RunRecord | null = null;
  while (Date.now() - t0 < timeoutMs) {
    run = await askBackground<RunRecord | null>(panel, 'run.get', { runId });
    if (!run) break;
    const question = run.pending && ['paused', 'waiting-user'].includes(run.status) ? run.pending : undefined;
    if (question && !answered.has(run.lastSeq)) {
      answered.add(run.lastSeq);
      const value = answerFor(run.goal, question);
      if (value === null) break;
      await askBackground(panel, 'run.answer', { runId, value });
    } else if (FINAL.has(run.status) || (run.status === 'paused' && !question)) {
      break;
    }
    await sleep(150);
  }
  const events = await askBackground<RunEvent[]>(panel, 'run.events', { runId, afterSeq: 0 });
  const status = run && (FINAL.has(run.status) || ['paused', 'waiting-user'].includes(run.status)) ? run.status : 'timeout';
  if (status === 'timeout') await askBackground(panel, 'run.cancel', { runId }).catch(() => {});
  return { runId, status, run, events, durationMs: Date.now() - t0, panel, page };
}
