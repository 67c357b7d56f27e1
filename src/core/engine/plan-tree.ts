import type { Plan, Step } from '../plan';

/** Steps nested in a container step (forEach, paginate), or none. */
export function childSteps(step: Step): Step[] {
  return step.kind === 'forEach' || step.kind === 'paginate' ? step.steps : [];
}

/** Visits every step of a list, depth-first in run order, with its enclosing container steps. */
export function walkSteps(steps: readonly Step[], visit: (step: Step, parents: Step[]) => void, parents: Step[] = []): void {
  for (const s of steps) {
    visit(s, parents);
    walkSteps(childSteps(s), visit, [...parents, s]);
  }
}

/** Every step id in a list, nested ones included, in run order (duplicates kept). */
export function allStepIds(steps: readonly Step[]): string[] {
  const ids: string[] = [];
  walkSteps(steps, (s) => ids.push(s.id));
  return ids;
}

/** The list that holds step `id` (the plan's own or a container's) and its index there. */
export function findStepList(steps: Step[], id: string): { list: Step[]; index: number; parent?: Step } | undefined {
  for (let i = 0; i < steps.length; i++) {
    if (steps[i].id === id) return { list: steps, index: i };
    const inner = childSteps(steps[i]);
    if (inner.length) {
      const found = findStepList(inner, id);
      if (found) return found.parent ? found : { ...found, parent: steps[i] };
    }
  }
  return undefined;
}

/** A step by id anywhere in a plan. */
export function findStep(plan: Plan, id: string): Step | undefined {
  const at = findStepList(plan.steps, id);
  return at?.list[at.index];
}
