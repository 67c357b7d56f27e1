import type { Plan, Step } from '../../core/plan';

/** A value of a plan that could become a template parameter. */
export interface TemplateCandidate {
  stepId: string;
  field: 'value' | 'url' | 'query';
  value: string;
  stepDescription: string;
  suggestedName: string;
}

function suggestName(step: Step, field: TemplateCandidate['field']): string {
  if (field === 'url') return 'url';
  if (field === 'query') return 'query';
  const words = step.description.toLowerCase().match(/[a-z]+/g) ?? [];
  const skip = new Set(['type', 'enter', 'fill', 'in', 'the', 'a', 'an', 'into', 'field', 'box', 'select', 'choose', 'your', 'of']);
  return words.find((w) => !skip.has(w)) ?? 'value';
}

/** Typed/chosen values, URLs and extract queries of a plan (nested steps too), without ones already parameterised. */
export function templateCandidates(plan: Plan | undefined): TemplateCandidate[] {
  const out: TemplateCandidate[] = [];
  const visit = (steps: Step[]) => {
    for (const s of steps) {
      const field = s.kind === 'type' || s.kind === 'select' ? 'value' : s.kind === 'navigate' || s.kind === 'openTab' ? 'url' : s.kind === 'extract' && s.query ? 'query' : null;
      const value = field ? String((s as Record<string, unknown>)[field] ?? '') : '';
      if (field && value && !value.includes('{{')) out.push({ stepId: s.id, field, value, stepDescription: s.description, suggestedName: suggestName(s, field) });
      if (s.kind === 'paginate' || s.kind === 'forEach') visit(s.steps);
    }
  };
  visit(plan?.steps ?? []);
  // Same suggested name twice: number them so each parameter is distinct.
  const counts = new Map<string, number>();
  return out.map((c) => {
    const n = (counts.get(c.suggestedName) ?? 0) + 1;
    counts.set(c.suggestedName, n);
    return n > 1 ? { ...c, suggestedName: `${c.suggestedName}${n}` } : c;
  });
}
