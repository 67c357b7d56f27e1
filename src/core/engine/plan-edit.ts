import type { Plan, Step } from '../plan';
import { PlanInvalid } from '../errors';
import { findStepList } from './plan-tree';
import { validatePlan } from './validate-plan';

/** A checked change to a plan: where it goes and the parsed steps (defaults filled in). */
export interface PlanEdit { anchorId: string; mode: 'insert-after' | 'replace-from'; steps: Step[]; removed: Step[] }

function spliced(list: Step[], index: number, mode: PlanEdit['mode'], steps: Step[]): Step[] {
  return mode === 'insert-after' ? list.splice(index + 1, 0, ...steps) : list.splice(index, list.length - index, ...steps);
}

/**
 * Checks an edit on a copy of the plan: inserting `steps` after `anchorId`, or replacing
 * `anchorId` and every later step of its list (re-plan of the rest). The whole resulting plan must
 * validate (unique ids, references to earlier steps…). Throws PlanInvalid.
 */
export function checkEdit(plan: Plan, anchorId: string, mode: PlanEdit['mode'], steps: unknown[]): PlanEdit {
  if (!Array.isArray(steps) || steps.length === 0) throw new PlanInvalid('There are no steps to add', { issues: [] });
  const copy = structuredClone(plan);
  const at = findStepList(copy.steps, anchorId);
  if (!at) throw new PlanInvalid(`There is no step ${anchorId} in the plan`, { issues: [{ stepId: anchorId, field: 'id', message: `no step ${anchorId}` }] });
  const removed = spliced(at.list, at.index, mode, steps as Step[]);
  const valid = validatePlan(copy);
  const vat = findStepList(valid.steps, mode === 'insert-after' ? anchorId : (steps[0] as Step).id);
  if (!vat) throw new PlanInvalid('The edited plan lost its anchor step', { issues: [] });
  const start = mode === 'insert-after' ? vat.index + 1 : vat.index;
  return { anchorId, mode, steps: vat.list.slice(start, start + steps.length), removed };
}

/** Applies a checked edit to the live plan, in place (walkers holding its lists see the change). */
export function applyEdit(plan: Plan, edit: PlanEdit): void {
  const at = findStepList(plan.steps, edit.anchorId);
  if (!at) throw new PlanInvalid(`There is no step ${edit.anchorId} in the plan`, { issues: [] });
  spliced(at.list, at.index, edit.mode, structuredClone(edit.steps));
}
