import type { RunRecord } from '../run';
import { ErrandError } from '../errors';
import { FINAL_STATUSES } from '../run';
import { Halt, applyHalt } from './halt';
import { finishCancelled, initialProgress, startLoop } from './run-loop';
import { findStepList } from './plan-tree';
import { InvalidTransition, transition } from './run-status';
import { emit, originOf, save, type Runtime, type Session } from './runtime';
import { copyOf, sessionFor } from './sessions';
import { markSkipped, stateOf } from './step-state';

/** Moves a stopped run back to running, announces it and starts its loop. */
async function continueRun(rt: Runtime, s: Session, message: string, data: Record<string, unknown> = {}): Promise<RunRecord> {
  s.run.error = undefined;
  s.run.suggestions = [];
  s.cancel = s.cancel.signal.aborted ? new AbortController() : s.cancel;
  transition(s.run, 'running', rt.deps.clock.now());
  await emit(rt, s, { type: 'run.resumed', message, data });
  await save(rt, s);
  void startLoop(rt, s);
  return copyOf(s);
}

/** Pauses between steps; resolves once the loop has stopped. */
export async function pauseRun(rt: Runtime, runId: string): Promise<RunRecord> {
  const s = await sessionFor(rt, runId);
  if (s.run.status === 'paused') return copyOf(s);
  if (s.run.status !== 'running') throw new InvalidTransition(s.run.status, 'paused', runId);
  if (!s.loop) {
    await applyHalt(rt, s, new Halt('paused', { message: 'Paused' }));
    return copyOf(s);
  }
  s.pauseRequested = true;
  s.interrupt.abort();
  await s.loop;
  return copyOf(s);
}

/** Continues a paused or interrupted run (a step left half-done is run again). */
export async function resumeRun(rt: Runtime, runId: string): Promise<RunRecord> {
  const s = await sessionFor(rt, runId);
  if (s.loop) return copyOf(s);
  const pending = s.run.pending;
  if (pending?.kind === 'recheck') stateOf(s, pending.stepId).status = 'pending';
  if (pending?.kind !== 'origin') s.run.pending = undefined;
  if (s.run.status === 'running') {
    void startLoop(rt, s);
    return copyOf(s);
  }
  return continueRun(rt, s, 'Resumed');
}

/** Cancels now: writes `cancelled` and aborts whatever is in flight. */
export async function cancelRun(rt: Runtime, runId: string, message = 'Cancelled'): Promise<RunRecord> {
  const s = await sessionFor(rt, runId);
  if (FINAL_STATUSES.includes(s.run.status)) return copyOf(s);
  s.cancel.abort();
  s.interrupt.abort();
  await finishCancelled(rt, s, message);
  if (!s.loop) rt.sessions.delete(runId);
  return copyOf(s);
}

/** Resets the failed steps of a paused run and continues it. */
export async function retryRun(rt: Runtime, runId: string): Promise<RunRecord> {
  const s = await sessionFor(rt, runId);
  if (s.run.status !== 'paused') throw new InvalidTransition(s.run.status, 'running', runId);
  for (const st of Object.values(s.run.steps)) {
    if (st.status !== 'failed') continue;
    st.status = 'pending';
    st.attempts = 0;
    st.error = undefined;
  }
  return resumeRun(rt, runId);
}

/** Adds an origin to the plan's allowed origins; continues the run if it waited for exactly that. */
export async function approveOriginFor(rt: Runtime, runId: string, origin: string): Promise<RunRecord> {
  const s = await sessionFor(rt, runId);
  const plan = s.run.plan;
  if (!plan) throw new ErrandError('This run has no plan yet', 'validation', { runId });
  const normalized = originOf(origin) ?? origin;
  if (!plan.origins.includes(normalized)) plan.origins.push(normalized);
  if (s.run.pending?.kind === 'origin' && s.run.pending.origin === normalized && s.run.status === 'paused') {
    s.run.pending = undefined;
    return continueRun(rt, s, `Allowed ${normalized}`, { origin: normalized });
  }
  await save(rt, s);
  return copyOf(s);
}

/**
 * Answers the pending question. input → the step's output is `{ value }` (and `{{param.FIELD}}`
 * when the step names a field); confirm/risk/origin: true goes on, false cancels the run;
 * recheck: true = the interrupted step did happen (taken as done), false = do it again.
 */
export async function answerRun(rt: Runtime, runId: string, value: string | boolean): Promise<RunRecord> {
  const s = await sessionFor(rt, runId);
  const p = s.run.pending;
  if (!p || (s.run.status !== 'waiting-user' && s.run.status !== 'paused')) throw new ErrandError('This run is not waiting for an answer', 'validation', { runId });
  const declined = value === false && p.kind !== 'recheck' && p.kind !== 'input';
  if (declined) return cancelRun(rt, runId, `You said no: ${p.message}`);
  const st = stateOf(s, p.stepId);
  if (p.kind === 'input' || p.kind === 'confirm') {
    Object.assign(st, { status: 'done', output: { value }, finishedAt: rt.deps.clock.now() });
    if (p.field) s.run.inputs[p.field] = value;
    await emit(rt, s, { type: 'step.completed', stepId: p.stepId, message: p.message, data: { kind: 'askUser', answered: true } });
  } else if (p.kind === 'risk') {
    st.confirmed = true;
  } else if (p.kind === 'origin' && p.origin) {
    s.run.plan?.origins.push(p.origin);
  } else if (p.kind === 'recheck') {
    Object.assign(st, value === true ? { status: 'done', finishedAt: rt.deps.clock.now() } : { status: 'pending' });
    // The timeline records the step's end once, whoever settled it.
    if (value === true) await emit(rt, s, { type: 'step.completed', stepId: p.stepId, message: p.message, data: { rechecked: true } });
  }
  s.run.pending = undefined;
  return continueRun(rt, s, 'Answered', { answered: p.kind });
}

/** Why a step the person skipped from a confirmation ended `skipped`. */
export const SKIPPED_BY_YOU = 'skipped by you';

/** The plan step a state id stands for (`s4[2].pay` → step `pay`); template steps are not in the plan. */
function planStepAt(s: Session, stateId: string) {
  const id = stateId.slice(stateId.lastIndexOf('.') + 1);
  const at = s.run.plan && findStepList(s.run.plan.steps, id);
  return at ? { step: at.list[at.index], next: at.list[at.index + 1], prefix: stateId.slice(0, stateId.length - id.length) } : undefined;
}

/**
 * Skips the step a confirmation is about and goes on: a confirm askUser or a high-risk step ends
 * `skipped` ("skipped by you"). Skipping a confirm askUser also skips the high-risk step right
 * after it, the step that question guarded (as a "yes" lets that step run without asking again).
 */
export async function skipRun(rt: Runtime, runId: string): Promise<RunRecord> {
  const s = await sessionFor(rt, runId);
  const p = s.run.pending;
  if (!p || s.run.status !== 'waiting-user' || (p.kind !== 'confirm' && p.kind !== 'risk')) {
    throw new ErrandError('This run is not waiting for a confirmation that could be skipped', 'validation', { runId });
  }
  const at = planStepAt(s, p.stepId);
  if (!at) throw new ErrandError('This step is part of a template and cannot be skipped on its own: confirm it or cancel the run', 'validation', { runId, stepId: p.stepId });
  s.tracker = initialProgress(s);
  await markSkipped(rt, s, at.step, p.stepId, SKIPPED_BY_YOU);
  const guarded = p.kind === 'confirm' && at.next?.risk === 'high' ? at.next : undefined;
  if (guarded && !['done', 'skipped'].includes(s.run.steps[at.prefix + guarded.id]?.status ?? '')) {
    await markSkipped(rt, s, guarded, at.prefix + guarded.id, SKIPPED_BY_YOU);
  }
  s.run.pending = undefined;
  return continueRun(rt, s, 'Skipped', { skipped: p.stepId });
}
