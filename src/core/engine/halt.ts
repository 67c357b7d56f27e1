import type { PendingQuestion } from '../run';
import { CancelledError, ErrandError, serializeError } from '../errors';
import { suggestionsFor } from '../retry';
import { transition } from './run-status';
import { emit, save, type Runtime, type Session } from './runtime';

/**
 * Thrown inside a run's loop to stop it in a given status: paused (after a failure, a pause
 * request, a new origin, a recheck), waiting-user (askUser, high-risk step) or failed.
 */
export class Halt {
  constructor(
    readonly status: 'paused' | 'waiting-user' | 'failed',
    readonly options: { error?: ErrandError; pending?: PendingQuestion; message?: string; suggestions?: string[] } = {},
  ) {}
}

/** Thrown when the plan list being walked changed under the walker (re-plan): walk it again from here. */
export class PlanChanged {}

/** True when `e` means the run was cancelled. */
export function isCancel(e: unknown, s?: Session): boolean {
  return e instanceof CancelledError || (e instanceof ErrandError && e.category === 'cancelled') || !!s?.cancel.signal.aborted;
}

/** Between steps: stop here if the run was cancelled or a pause was asked for. */
export function checkpoint(s: Session): void {
  if (s.cancel.signal.aborted) throw new CancelledError();
  if (s.pauseRequested) throw new Halt('paused', { message: 'Paused' });
}

/** Writes the status a Halt asks for, with its error, suggestions and pending question. */
export async function applyHalt(rt: Runtime, s: Session, halt: Halt): Promise<void> {
  const { run } = s;
  const { error, pending, message } = halt.options;
  s.pauseRequested = false;
  transition(run, halt.status, rt.deps.clock.now());
  run.pending = pending;
  run.error = error ? serializeError(error) : undefined;
  run.suggestions = halt.options.suggestions ?? (error ? suggestionsFor(serializeError(error)) : []);
  const type = halt.status === 'paused' ? 'run.paused' : halt.status === 'failed' ? 'run.failed' : 'run.waiting-user';
  const text = message ?? pending?.message ?? error?.message;
  await emit(rt, s, { type, message: text, stepId: pending?.stepId, data: { error: run.error, suggestions: run.suggestions, pending } });
  await save(rt, s);
}
