import type { Plan, Step } from '../../core/plan';

/**
 * The field a person may edit besides the description: a typed/chosen value, a URL, or the
 * literal list a forEach goes through (edited one item per line; a `{{reference}}` list is not).
 */
export function editableValueField(step: Step): 'value' | 'url' | 'items' | null {
  if (step.kind === 'type' || step.kind === 'select') return 'value';
  if (step.kind === 'navigate' || step.kind === 'openTab') return 'url';
  if (step.kind === 'forEach' && Array.isArray(step.items) && step.items.every((x) => typeof x === 'string')) return 'items';
  return null;
}

/** The editable field's text: a forEach list is one item per line. */
export function editableValueText(step: Step): string {
  const field = editableValueField(step);
  const raw = field ? (step as Record<string, unknown>)[field] : undefined;
  return Array.isArray(raw) ? raw.join('\n') : String(raw ?? '');
}

/** A list typed one item per line, without blank lines. */
function linesOf(text: string): string[] {
  return text.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
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

/** A plan with step `index`'s description and/or value (URL, or forEach list as lines) replaced. */
export function editStep(plan: Plan, index: number, patch: { description?: string; value?: string }): Plan {
  const steps = plan.steps.map((s, i) => {
    if (i !== index) return s;
    const field = editableValueField(s);
    const next = { ...s, ...(patch.description !== undefined ? { description: patch.description } : {}) } as Step;
    if (patch.value !== undefined && field) (next as Record<string, unknown>)[field] = field === 'items' ? linesOf(patch.value) : patch.value;
    return next;
  });
  return { ...plan, source: 'user', steps };
}
