import type { Step } from '../plan';
import type { StepState } from '../run';
import { serializeError, type ErrandError } from '../errors';
import { suggestionsFor } from '../retry';
import { recordsOf } from './records';
import { Halt } from './halt';
import { emit, emitProgress, save, type Runtime, type Session } from './runtime';
import type { StepOutcome } from './types';

/** Kinds that hold other steps: their own state spans their children. */
export const CONTAINER_KINDS = new Set<Step['kind']>(['forEach', 'paginate', 'useTemplate']);

/** The state of a step, created pending when missing. */
export function stateOf(s: Session, stateId: string): StepState {
  let st = s.run.steps[stateId];
  if (!st) {
    st = { status: 'pending', attempts: 0 };
    s.run.steps[stateId] = st;
  }
  return st;
}

async function after(rt: Runtime, s: Session, step: Step, stateId: string, outcome: StepOutcome): Promise<void> {
  await rt.deps.hooks?.afterStep?.(step, outcome, { runId: s.run.id, stateId });
}

/**
 * Write-ahead: the step is recorded as started (state + step.started event) before it acts.
 * Counts an attempt for leaf steps.
 */
export async function markStarted(rt: Runtime, s: Session, step: Step, stateId: string): Promise<StepState> {
  const st = stateOf(s, stateId);
  st.status = 'started';
  st.startedAt = rt.deps.clock.now();
  st.finishedAt = undefined;
  st.error = undefined;
  if (!CONTAINER_KINDS.has(step.kind)) st.attempts += 1;
  s.tracker.start(stateId);
  await emit(rt, s, { type: 'step.started', stepId: stateId, attempt: Math.max(1, st.attempts), message: step.description, data: { kind: step.kind } });
  await save(rt, s);
  return st;
}

/** Counts another attempt of a started step and announces it (step.retrying). */
export async function markRetrying(rt: Runtime, s: Session, stateId: string, data: Record<string, unknown>, message: string): Promise<number> {
  const st = stateOf(s, stateId);
  st.attempts += 1;
  await emit(rt, s, { type: 'step.retrying', stepId: stateId, attempt: st.attempts, message, data });
  await save(rt, s);
  return st.attempts;
}

/**
 * The step finished: its result is written (with the cursor moved past it for top-level steps),
 * then the context snapshot, then step.completed and progress.
 */
export async function markFinished(
  rt: Runtime, s: Session, step: Step, stateId: string, output: unknown,
  extra: { cursorAfter?: number; locatorUsed?: string; ctxSnapshot?: () => unknown } = {},
): Promise<void> {
  const st = stateOf(s, stateId);
  const now = rt.deps.clock.now();
  st.status = 'done';
  st.output = output;
  st.finishedAt = now;
  if (extra.locatorUsed) st.locatorUsed = extra.locatorUsed;
  if (extra.cursorAfter !== undefined) s.run.cursor = Math.max(s.run.cursor, extra.cursorAfter);
  await save(rt, s);
  if (rt.config.snapshots && extra.ctxSnapshot) await rt.deps.store.putSnapshot(s.run.id, stateId, extra.ctxSnapshot());
  const durationMs = now - (st.startedAt ?? now);
  const records = recordsOf(output)?.length;
  await emit(rt, s, { type: 'step.completed', stepId: stateId, attempt: Math.max(1, st.attempts), message: step.description, data: { kind: step.kind, durationMs, records, locatorUsed: st.locatorUsed } });
  if (!CONTAINER_KINDS.has(step.kind)) {
    s.tracker.complete(durationMs);
    await emitProgress(rt, s);
  }
  await after(rt, s, step, stateId, { status: 'done', output, durationMs });
}

/** The step is skipped (optional step that failed, a hook's decision, pagination that ended). */
export async function markSkipped(rt: Runtime, s: Session, step: Step, stateId: string, reason: string, extra: { cursorAfter?: number; error?: ErrandError } = {}): Promise<void> {
  const st = stateOf(s, stateId);
  st.status = 'skipped';
  st.finishedAt = rt.deps.clock.now();
  if (extra.error) st.error = serializeError(extra.error);
  if (extra.cursorAfter !== undefined) s.run.cursor = Math.max(s.run.cursor, extra.cursorAfter);
  await save(rt, s);
  await emit(rt, s, { type: 'step.completed', stepId: stateId, message: `${step.description} — skipped: ${reason}`, data: { kind: step.kind, skipped: true, reason } });
  if (!CONTAINER_KINDS.has(step.kind)) {
    s.tracker.complete();
    await emitProgress(rt, s);
  }
  await after(rt, s, step, stateId, { status: 'skipped', error: st.error, durationMs: 0 });
}

/**
 * Retries and recoveries are used up: the step failed. An optional step is skipped; a
 * validation or fatal error fails the run; anything else pauses it with suggestions.
 */
export async function giveUp(rt: Runtime, s: Session, step: Step, stateId: string, error: ErrandError, cursorAfter?: number): Promise<'skipped'> {
  const st = stateOf(s, stateId);
  const serialized = serializeError(error);
  const suggestions = suggestionsFor(serialized);
  st.status = 'failed';
  st.error = serialized;
  st.finishedAt = rt.deps.clock.now();
  await emit(rt, s, { type: 'step.failed', stepId: stateId, attempt: Math.max(1, st.attempts), message: error.message, data: { kind: step.kind, error: serialized, suggestions, optional: !!step.optional } });
  await after(rt, s, step, stateId, { status: 'failed', error: serialized, durationMs: st.finishedAt - (st.startedAt ?? st.finishedAt) });
  if (step.optional) {
    await markSkipped(rt, s, step, stateId, 'optional step failed', { cursorAfter, error });
    return 'skipped';
  }
  const fatal = error.category === 'validation' || error.category === 'fatal';
  throw new Halt(fatal ? 'failed' : 'paused', { error, suggestions, message: `${step.description}: ${error.message}` });
}
