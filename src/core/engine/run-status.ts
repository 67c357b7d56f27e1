import type { RunRecord, RunStatus } from '../run';
import { ErrandError } from '../errors';

/** Which statuses each status may move to (DESIGN.md "Run lifecycle"). */
export const TRANSITIONS: Record<RunStatus, readonly RunStatus[]> = {
  planning: ['awaiting-approval', 'running', 'failed', 'cancelled', 'interrupted'],
  'awaiting-approval': ['running', 'cancelled', 'failed'],
  running: ['paused', 'waiting-user', 'done', 'failed', 'cancelled', 'interrupted'],
  paused: ['running', 'cancelled', 'failed'],
  'waiting-user': ['running', 'paused', 'cancelled', 'interrupted', 'failed'],
  interrupted: ['running', 'planning', 'paused', 'cancelled', 'failed'],
  done: [],
  failed: [],
  cancelled: [],
};

/** A request that does not fit the run's current status (e.g. resume a finished run). */
export class InvalidTransition extends ErrandError {
  static override readonly errorName = 'InvalidTransition';
  constructor(from: RunStatus, to: RunStatus, runId: string) {
    super(`Run ${runId} is ${from}; it cannot become ${to}`, 'validation', { from, to, runId });
  }
}

/** Whether `from → to` is allowed. */
export function canTransition(from: RunStatus, to: RunStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Moves a run to a new status, or throws InvalidTransition. Mutates and returns the run. */
export function transition(run: RunRecord, to: RunStatus, now: number): RunRecord {
  if (!canTransition(run.status, to)) throw new InvalidTransition(run.status, to, run.id);
  run.status = to;
  run.updatedAt = now;
  return run;
}
