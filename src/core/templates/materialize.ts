import type { ParamValue, Step } from '../plan';
import { PlanInvalid } from '../errors';
import type { Template } from './schema';
import { coerceParams, type ParamIssue } from './params';
import { applyConditions, fitStep } from './fit';
import { substituteParams } from './placeholders';

/** Something templates can be looked up in (the registry, or a plain map in tests). */
export interface TemplateLookup {
  get(name: string, version?: string): Template | undefined;
}

/** Issues of a failed instantiation: parameter problems name `param`, step problems name `step`. */
export type InstantiationIssue = ParamIssue | { step: string; path: string; message: string };

/** `name@version`, how plans and errors refer to a template. */
export function templateRef(t: Pick<Template, 'name' | 'version'>): string {
  return `${t.name}@${t.version}`;
}

/**
 * Coerces the parameters and fills in the template's steps (conditions applied, placeholders
 * replaced, each step validated). Nested `useTemplate` steps are left as they are.
 * Throws PlanInvalid listing every parameter problem at once.
 */
export function materializeSteps(template: Template, input: Record<string, unknown>): { steps: Step[]; values: Record<string, ParamValue> } {
  const { values, issues } = coerceParams(template.params, input);
  if (issues.length) {
    const summary = issues.map((i) => i.message).join(' ');
    throw new PlanInvalid(`Template "${template.name}" cannot start: ${summary}`, { template: templateRef(template), issues });
  }
  const raw = substituteParams(applyConditions(template.steps, values), values) as Array<Record<string, unknown>>;
  const steps: Step[] = [];
  const stepIssues: InstantiationIssue[] = [];
  for (const r of raw) {
    const fitted = fitStep(r);
    if (fitted.step) steps.push(fitted.step);
    for (const i of fitted.issues) stepIssues.push({ step: String(r.id), path: i.path, message: i.message });
  }
  if (stepIssues.length) {
    const first = stepIssues[0] as { step: string; path: string; message: string };
    throw new PlanInvalid(`Template "${template.name}" produced an invalid step "${first.step}" (${first.path}: ${first.message})`, {
      template: templateRef(template), issues: stepIssues,
    });
  }
  if (!steps.length) throw new PlanInvalid(`Template "${template.name}" has no steps for these parameters.`, { template: templateRef(template), issues: [] });
  return { steps, values };
}
