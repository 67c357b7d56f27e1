import { CancelledError, serializeError } from '../errors';
import { ExecutionContext } from '../context';
import { ProgressTracker, stepsWeight } from '../progress';
import { asErrandError, suggestionsFor } from '../retry';
import { FINAL_STATUSES } from '../run';
import { Halt, applyHalt, isCancel } from './halt';
import { runList } from './walker';
import { runResult } from './records';
import { transition } from './run-status';
import { emit, emitProgress, save, type Runtime, type Session } from './runtime';

/** The container a state id is nested in (`s4[2].s5` → `s4`, `s6.t1` → `s6`), or undefined. */
function parentOf(stateId: string): string | undefined {
  const cut = stateId.lastIndexOf('.');
  return cut < 0 ? undefined : stateId.slice(0, cut).replace(/\[\d+\]$/, '');
}

/**
 * Progress for a run that may be part-way: leaf steps already finished count as done, and
 * finished containers count their real size instead of their estimate.
 */
export function initialProgress(s: Session): ProgressTracker {
  const plan = s.run.plan;
  const ids = Object.keys(s.run.steps);
  const parents = new Set(ids.map(parentOf).filter((x): x is string => !!x));
  const finished = (id: string) => ['done', 'skipped'].includes(s.run.steps[id].status);
  const leaves = ids.filter((id) => !parents.has(id));
  let total = plan ? stepsWeight(plan.steps) : 0;
  for (const step of plan?.steps ?? []) {
    if (!parents.has(step.id) || !finished(step.id)) continue;
    const under = leaves.filter((id) => id.startsWith(`${step.id}[`) || id.startsWith(`${step.id}.`)).length;
    total += under - stepsWeight([step]);
  }
  const tracker = new ProgressTracker(total);
  tracker.restore(leaves.filter(finished).length);
  return tracker;
}

/** A fresh root context: plan params, the run's inputs (start params, askUser answers), the page. */
function rootContext(s: Session): ExecutionContext {
  const { run } = s;
  return ExecutionContext.create({
    params: { ...run.plan?.params, ...run.inputs },
    page: { url: run.currentUrl ?? run.startUrl, tabId: run.tabId },
  });
}

async function finishDone(rt: Runtime, s: Session): Promise<void> {
  const { run } = s;
  const plan = run.plan;
  run.result = plan ? runResult(plan.steps, (id) => s.ctx.output(id), plan.intent) : undefined;
  transition(run, 'done', rt.deps.clock.now());
  run.pending = undefined;
  run.error = undefined;
  run.suggestions = [];
  s.tracker.finish();
  await emitProgress(rt, s);
  const count = (run.result as { records?: unknown[] } | undefined)?.records?.length;
  await emit(rt, s, { type: 'run.completed', message: count === undefined ? 'Done' : `Done: ${count} record(s)`, data: { records: count } });
  await save(rt, s);
}

/** Writes `cancelled` unless the run already ended. */
export async function finishCancelled(rt: Runtime, s: Session, message = 'Cancelled'): Promise<void> {
  if (FINAL_STATUSES.includes(s.run.status)) return;
  transition(s.run, 'cancelled', rt.deps.clock.now());
  s.run.pending = undefined;
  await emit(rt, s, { type: 'run.cancelled', message });
  await save(rt, s);
  s.closed = true;
}

/**
 * Runs the plan from where the run stands until it finishes or stops (pause, question, failure,
 * cancel). The run must already be `running`. Never throws: the outcome is the run's status.
 */
export async function drive(rt: Runtime, s: Session): Promise<void> {
  s.ctx = rootContext(s);
  s.tracker = initialProgress(s);
  s.interrupt = new AbortController();
  const plan = s.run.plan;
  try {
    if (!plan) throw new Halt('failed', { message: 'The run has no plan' });
    await runList(rt, s, { ctx: s.ctx, prefix: '', list: () => plan.steps, top: true, editable: true });
    if (s.cancel.signal.aborted) throw new CancelledError();
    await finishDone(rt, s);
  } catch (e) {
    try {
      if (FINAL_STATUSES.includes(s.run.status)) return;
      if (isCancel(e, s)) return await finishCancelled(rt, s);
      if (e instanceof Halt) return await applyHalt(rt, s, e);
      const err = asErrandError(e);
      await applyHalt(rt, s, new Halt('failed', { error: err, suggestions: suggestionsFor(serializeError(err)) }));
    } catch {
      // The store failed while recording the stop; the run stays as last written and is resumed later.
    }
  }
}

/** Starts the loop for a running run, unless one is already going; returns it. */
export function startLoop(rt: Runtime, s: Session): Promise<void> {
  if (!s.loop) {
    s.loop = drive(rt, s).finally(() => {
      s.loop = undefined;
      if (FINAL_STATUSES.includes(s.run.status)) rt.sessions.delete(s.run.id);
    });
  }
  return s.loop;
}
