import type { RunEvent } from '../../core/events';
import type { Step } from '../../core/plan';
import { findStep } from '../state/run-derived';

/** Tone of a timeline entry: how it is coloured. */
export type Tone = 'ok' | 'warn' | 'danger' | 'info';

const TONES: Partial<Record<RunEvent['type'], Tone>> = {
  'step.completed': 'ok', 'run.completed': 'ok', 'step.retrying': 'warn', 'step.recovered': 'warn', 'step.injected': 'warn',
  'run.paused': 'warn', 'run.waiting-user': 'warn', 'run.interrupted': 'warn', 'step.failed': 'danger', 'run.failed': 'danger',
  'run.cancelled': 'danger',
};

/** The tone of an event. */
export function toneOf(e: RunEvent): Tone {
  return TONES[e.type] ?? 'info';
}

function errorMessage(e: RunEvent): string | undefined {
  const err = e.data?.error as { message?: unknown } | undefined;
  return typeof err?.message === 'string' ? err.message : undefined;
}

/** One timeline entry in plain words, with the error message of failures and retries. */
export function timelineText(e: RunEvent, steps: readonly Step[] | undefined): string {
  const step = findStep(steps, e.stepId);
  const what = step?.description ?? e.stepId ?? 'step';
  const attempt = e.attempt && e.attempt > 1 ? ` (attempt ${e.attempt})` : '';
  const defaults: Record<RunEvent['type'], string> = {
    'run.started': 'Run started', 'plan.ready': 'Plan ready', 'step.started': `Started: ${what}${attempt}`,
    'step.retrying': `Retrying: ${what}${attempt}`, 'step.recovered': `Recovered: ${what}`, 'step.completed': `Done: ${what}`,
    'step.failed': `Failed: ${what}`, 'step.injected': `Added a step: ${what}`, 'run.paused': 'Paused', 'run.resumed': 'Resumed',
    'run.waiting-user': 'Waiting for you', 'run.completed': 'Finished', 'run.failed': 'Run failed', 'run.cancelled': 'Cancelled',
    'run.interrupted': 'Interrupted (the browser stopped Errand); it resumes on its own', progress: 'Progress',
  };
  const text = e.message || defaults[e.type];
  const err = errorMessage(e);
  return err && !text.includes(err) ? `${text}: ${err}` : text;
}
