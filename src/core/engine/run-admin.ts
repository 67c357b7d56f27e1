import type { RunRecord, StepState } from '../run';
import type { Step } from '../plan';
import { ErrandError, PlanInvalid } from '../errors';
import { FINAL_STATUSES } from '../run';
import { stepsWeight } from '../progress';
import type { ContextSnapshot } from '../context';
import { applyEdit, checkEdit } from './plan-edit';
import { validatePlan } from './validate-plan';
import { startLoop } from './run-loop';
import { transition } from './run-status';
import { emit, save, type Runtime } from './runtime';
import { emitLostCompletions } from './lost-events';
import { copyOf, createRun, planAndQueue, sessionFor } from './sessions';

/** Inserts validated steps after `afterStepId` in a live (or awaiting) run. */
export async function injectInto(rt: Runtime, runId: string, afterStepId: string, steps: unknown[]): Promise<RunRecord> {
  const s = await sessionFor(rt, runId);
  const plan = s.run.plan;
  if (!plan || FINAL_STATUSES.includes(s.run.status)) throw new ErrandError(`Run ${runId} cannot take new steps now (${s.run.status})`, 'validation', { runId });
  const top = plan.steps.findIndex((x) => x.id === afterStepId);
  const later = top >= 0 ? plan.steps.slice(top + 1).find((x) => s.run.steps[x.id] && s.run.steps[x.id].status !== 'pending') : undefined;
  if (later) throw new PlanInvalid(`Step ${later.id} after ${afterStepId} has already run; add the steps after the current step`, { issues: [{ stepId: afterStepId, field: 'position', message: `${later.id} already ran` }] });
  const edit = checkEdit(plan, afterStepId, 'insert-after', steps);
  applyEdit(plan, edit);
  s.tracker.grow(stepsWeight(edit.steps));
  await emit(rt, s, { type: 'step.injected', stepId: afterStepId, message: `Added ${edit.steps.length} step(s) after ${afterStepId}`, data: { reason: 'inserted', afterStepId, steps: edit.steps.map((x) => ({ id: x.id, kind: x.kind, description: x.description })) } });
  await save(rt, s);
  return copyOf(s);
}

async function storedRun(rt: Runtime, runId: string): Promise<RunRecord> {
  const run = rt.sessions.get(runId)?.run ?? (await rt.deps.store.getRun(runId));
  if (!run?.plan) throw new ErrandError(`Run ${runId} has no stored plan`, 'validation', { runId });
  return structuredClone(run);
}

/** A new run from a stored run's plan and inputs; the planners are not asked. */
export async function replayRun(rt: Runtime, runId: string, options: { tabId?: number; autoApprove?: boolean } = {}): Promise<RunRecord> {
  const original = await storedRun(rt, runId);
  const plan = validatePlan(original.plan);
  const s = await createRun(rt, { goal: original.goal, tabId: options.tabId ?? original.tabId ?? 0, startUrl: original.startUrl, params: original.inputs }, { replayOf: runId }, { replayOf: runId });
  return planAndQueue(rt, s, { plan, autoApprove: options.autoApprove ?? true });
}

/**
 * A new run that keeps the original's finished steps up to top-level `fromStepId` (states and
 * outputs copied, page location from the snapshot stored after that step) and continues with
 * `steps` or the original remainder. The original run is not touched.
 */
export async function branchRun(rt: Runtime, runId: string, fromStepId: string, steps?: unknown[], options: { autoApprove?: boolean } = {}): Promise<RunRecord> {
  const original = await storedRun(rt, runId);
  const plan = original.plan!;
  const index = plan.steps.findIndex((x) => x.id === fromStepId);
  if (index < 0 || original.steps[fromStepId]?.status !== 'done') throw new ErrandError(`Step ${fromStepId} is not a finished top-level step of run ${runId}`, 'validation', { runId, fromStepId });
  const snapshot = (await rt.deps.store.getSnapshots(runId)).find((x) => x.stepId === fromStepId)?.context as ContextSnapshot | undefined;
  const kept = plan.steps.slice(0, index + 1);
  const next = validatePlan({ ...plan, steps: [...kept, ...((steps as Step[] | undefined) ?? plan.steps.slice(index + 1))] });
  const keptIds = new Set(kept.map((x) => x.id));
  const states: Record<string, StepState> = {};
  for (const [id, st] of Object.entries(original.steps)) {
    const root = id.split(/[.[]/)[0];
    if (keptIds.has(root)) states[id] = st;
  }
  const s = await createRun(
    rt,
    { goal: original.goal, tabId: snapshot?.page.tabId ?? original.tabId ?? 0, startUrl: original.startUrl, params: original.inputs },
    { steps: states, cursor: index + 1, currentUrl: snapshot?.page.url ?? original.currentUrl },
    { branchOf: runId, fromStepId },
  );
  return planAndQueue(rt, s, { plan: next, autoApprove: options.autoApprove ?? false });
}

/**
 * Start-up recovery: every run stored as running, planning or interrupted that has no loop here is
 * marked interrupted (run.interrupted), then resumed from its cursor — or planned again when it
 * had no plan yet. A step left `started` is re-checked by the walker, not blindly repeated.
 */
export async function resumeAllInterrupted(rt: Runtime): Promise<RunRecord[]> {
  const store = rt.deps.store;
  const found = [
    ...(await store.listRuns({ status: 'running' })),
    ...(await store.listRuns({ status: 'planning' })),
    ...(await store.listRuns({ status: 'interrupted' })),
  ];
  const resumed: RunRecord[] = [];
  for (const stored of found) {
    const live = rt.sessions.get(stored.id);
    if (live?.loop || live?.planning) continue;
    rt.sessions.delete(stored.id);
    const s = await sessionFor(rt, stored.id);
    await emitLostCompletions(rt, s);
    if (s.run.status !== 'interrupted') {
      transition(s.run, 'interrupted', rt.deps.clock.now());
      await emit(rt, s, { type: 'run.interrupted', message: 'Errand restarted while this run was active' });
      await save(rt, s);
    }
    if (s.run.plan) {
      transition(s.run, 'running', rt.deps.clock.now());
      await emit(rt, s, { type: 'run.resumed', message: 'Resumed after a restart', data: { after: 'interrupted' } });
      await save(rt, s);
      void startLoop(rt, s);
      resumed.push(copyOf(s));
    } else {
      transition(s.run, 'planning', rt.deps.clock.now());
      await save(rt, s);
      resumed.push(await planAndQueue(rt, s, {}));
    }
  }
  return resumed;
}
