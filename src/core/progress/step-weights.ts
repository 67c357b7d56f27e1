import type { Step } from '../plan';

/**
 * Expected leaf-step count of a step before it runs: 1 for a leaf; a forEach counts its body once
 * per literal item (once when the list is a reference, until it is known); a paginate counts one
 * page plus its next click; a template counts 1 until it is resolved.
 */
export function stepWeight(step: Step): number {
  if (step.kind === 'forEach') {
    const body = stepsWeight(step.steps);
    return Array.isArray(step.items) ? body * step.items.length : body;
  }
  if (step.kind === 'paginate') return stepsWeight(step.steps) + 1;
  return 1;
}

/** Expected leaf-step count of a list of steps. */
export function stepsWeight(steps: readonly Step[]): number {
  return steps.reduce((n, s) => n + stepWeight(s), 0);
}
