import { z } from 'zod';
import { PlanSchema, StepSchema, type Plan, type Step } from '../plan';
import { PlanInvalid } from '../errors';
import { checkStepReferences, type PlanIssue } from './plan-references';

export type { PlanIssue } from './plan-references';

/** Result of checking a plan: the parsed plan, or the issues found. */
export type PlanCheck = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

/** Maps a zod issue path (steps.2.steps.0.target) to the step it is in and the field within it. */
function locate(input: unknown, path: readonly PropertyKey[]): { stepId?: string; kind?: string; field: string } {
  let cur: unknown = input;
  let stepId: string | undefined;
  let kind: string | undefined;
  let fieldStart = 0;
  for (let i = 0; i < path.length; i++) {
    cur = cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[path[i] as string] : undefined;
    if (path[i - 1] === 'steps' && typeof path[i] === 'number' && cur && typeof cur === 'object') {
      const s = cur as { id?: unknown; kind?: unknown };
      stepId = typeof s.id === 'string' ? s.id : `#${String(path[i])}`;
      kind = typeof s.kind === 'string' ? s.kind : undefined;
      fieldStart = i + 1;
    }
  }
  return { stepId, kind, field: path.slice(fieldStart).map(String).join('.') || (stepId ? 'step' : 'plan') };
}

function zodIssues(input: unknown, error: z.ZodError): PlanIssue[] {
  return error.issues.map((issue) => {
    const { stepId, kind, field } = locate(input, issue.path);
    const where = stepId ? `step ${stepId}${kind ? ` (${kind})` : ''}: ` : '';
    return { stepId, field, message: `${where}field ${field}: ${issue.message}` };
  });
}

/**
 * Checks a plan: the zod schema first (strict; unknown fields rejected), then the semantic rules
 * of `checkStepReferences`. Never throws.
 */
export function checkPlan(input: unknown): PlanCheck {
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(input, parsed.error) };
  const plan = parsed.data as Plan;
  const issues = checkStepReferences(plan.steps, Object.keys(plan.params));
  return issues.length ? { ok: false, issues } : { ok: true, plan };
}

function invalid(what: string, issues: PlanIssue[]): PlanInvalid {
  const shown = issues.slice(0, 3).map((i) => i.message).join('; ');
  return new PlanInvalid(`${what} is not valid: ${shown}${issues.length > 3 ? ` (+${issues.length - 3} more)` : ''}`, { issues });
}

/**
 * The validated plan, or throws PlanInvalid with `details.issues` ({ stepId, field, message }[]).
 * @example validatePlan(aiAnswer) // "step s3 (type): field value refers to {{steps.s9.records}} but s9 does not run before s3"
 */
export function validatePlan(input: unknown): Plan {
  const result = checkPlan(input);
  if (!result.ok) throw invalid('The plan', result.issues);
  return result.plan;
}

/**
 * Validates a list of steps that runs on its own scope (a template's steps with its params, or
 * steps proposed by recovery). Throws PlanInvalid.
 */
export function validateSteps(input: unknown, params: readonly string[], what = 'The steps', knownBefore: readonly string[] = []): Step[] {
  const parsed = z.array(StepSchema).min(1).safeParse(input);
  if (!parsed.success) throw invalid(what, zodIssues({ steps: input }, new z.ZodError(parsed.error.issues.map((i) => ({ ...i, path: ['steps', ...i.path] })))));
  const issues = checkStepReferences(parsed.data, params, knownBefore);
  if (issues.length) throw invalid(what, issues);
  return parsed.data;
}
