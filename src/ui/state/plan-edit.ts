import type { Plan, Step } from '../../core/plan';

/** The field a person may edit besides the description: a typed/chosen value or a URL. */
export function editableValueField(step: Step): 'value' | 'url' | null {
  if (step.kind === 'type' || step.kind === 'select') return 'value';
  if (step.kind === 'navigate' || step.kind === 'openTab') return 'url';
  return null;
}

/** A plan without step `index`. Keeps at least one step (a plan needs one). */
export function removeStep(plan: Plan, index: number): Plan {
  if (plan.steps.length <= 1) return plan;
  return { ...plan, source: 'user', steps: plan.steps.filter((_, i) => i !== index) };
}

/** A plan with step `index` moved by `delta` places (−1 up, +1 down); unchanged at the ends. */
export function moveStep(plan: Plan, index: number, delta: -1 | 1): Plan {
  const to = index + delta;
  if (to < 0 || to >= plan.steps.length) return plan;
  const steps = [...plan.steps];
  [steps[index], steps[to]] = [steps[to], steps[index]];
  return { ...plan, source: 'user', steps };
}

/** A plan with step `index`'s description and/or value (or URL) replaced. */
export function editStep(plan: Plan, index: number, patch: { description?: string; value?: string }): Plan {
  const steps = plan.steps.map((s, i) => {
    if (i !== index) return s;
    const field = editableValueField(s);
    const next = { ...s, ...(patch.description !== undefined ? { description: patch.description } : {}) } as Step;
    if (patch.value !== undefined && field) (next as Record<string, unknown>)[field] = patch.value;
    return next;
  });
  return { ...plan, source: 'user', steps };
}
