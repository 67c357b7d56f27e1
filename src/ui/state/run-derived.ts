import type { RunEvent } from '../../core/events';
import type { RunRecord } from '../../core/run';
import type { Plan, Step } from '../../core/plan';

/** Progress of a run from its latest `progress` event (`data.percent` 0–100, `data.etaMs`). */
export interface Progress {
  percent: number;
  etaMs?: number;
}

/** What the run is asking the person while it waits. */
export interface UserPrompt {
  mode: 'confirm' | 'input';
  message: string;
  /** Label of the input box (input mode). */
  field?: string;
  stepId?: string;
}

/** A step anywhere in a plan, nested steps included. */
export function findStep(steps: readonly Step[] | undefined, id: string | undefined): Step | undefined {
  if (!steps || !id) return undefined;
  for (const s of steps) {
    if (s.id === id) return s;
    if ((s.kind === 'paginate' || s.kind === 'forEach')) {
      const inner = findStep(s.steps, id);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Latest progress, 100 % once the run is done. */
export function progressOf(run: RunRecord | null, events: readonly RunEvent[]): Progress | null {
  if (run?.status === 'done') return { percent: 100 };
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type !== 'progress') continue;
    const raw = Number(e.data?.percent);
    if (!Number.isFinite(raw)) continue;
    const eta = Number(e.data?.etaMs);
    return { percent: Math.max(0, Math.min(100, Math.round(raw))), ...(Number.isFinite(eta) ? { etaMs: eta } : {}) };
  }
  return null;
}

/**
 * The question of a run in `waiting-user`: from the latest `run.waiting-user` event
 * (`data.mode`, `data.message`, `data.field`), else from the askUser step it names, else a
 * confirmation of the high-risk step.
 */
export function promptOf(run: RunRecord | null, events: readonly RunEvent[]): UserPrompt | null {
  if (run?.status !== 'waiting-user') return null;
  const ev = [...events].reverse().find((e) => e.type === 'run.waiting-user');
  const data = ev?.data ?? {};
  const stepId = ev?.stepId ?? (typeof data.stepId === 'string' ? data.stepId : undefined);
  const step = findStep((run.plan as Plan | undefined)?.steps, stepId);
  const ask = step?.kind === 'askUser' ? step : undefined;
  const mode = data.mode === 'input' || data.mode === 'confirm' ? data.mode : ask?.mode ?? 'confirm';
  const message = (typeof data.message === 'string' && data.message) || ask?.message || ev?.message
    || (step ? `Next step: ${step.description}. It can't be undone. Go ahead?` : 'Errand needs your go-ahead to continue.');
  const field = (typeof data.field === 'string' && data.field) || ask?.field || undefined;
  return { mode, message, ...(field ? { field } : {}), ...(stepId ? { stepId } : {}) };
}
