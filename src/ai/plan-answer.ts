import type { z } from 'zod';
import { IntentSchema, LocatorStrategySchema, PlanSchema, StepSchema, type Intent, type LocatorStrategy, type Plan, type Step } from '../core/plan';
import type { PageSnapshot } from '../core/ports';

/** An answer that passed its checks, or the issues to send back in the repair round. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Zod issues as short lines that name the field: `steps[2] (click).target: Invalid input`. */
export function formatIssues(error: z.ZodError, root: unknown, prefix = ''): string[] {
  return error.issues.map((issue) => {
    let at: unknown = root;
    let path = prefix;
    for (const key of issue.path) {
      at = isObj(at) || Array.isArray(at) ? (at as Obj)[key as string] : undefined;
      path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
      if (typeof key === 'number' && isObj(at) && typeof at.kind === 'string') path += ` (${at.kind})`;
    }
    return `${path || '(answer)'}: ${issue.message}`;
  });
}

/** Step ids in document order, nested steps included. */
function stepIds(steps: unknown[]): string[] {
  return steps.flatMap((s) => (isObj(s) ? [String(s.id), ...(Array.isArray(s.steps) ? stepIds(s.steps) : [])] : []));
}

// Models often leave out ids and descriptions; those are safe to fill, unlike anything that acts.
function fillStepBasics(steps: unknown[], counter: { n: number }, prefix = 's'): unknown[] {
  return steps.map((s) => {
    if (!isObj(s)) return s;
    counter.n++;
    const out: Obj = { ...s };
    if (out.id === undefined) out.id = `${prefix}${counter.n}`;
    if (out.description === undefined && typeof out.kind === 'string') out.description = out.kind;
    if (Array.isArray(out.steps)) out.steps = fillStepBasics(out.steps, counter, prefix);
    return out;
  });
}

function referenceIssues(steps: Step[], allIds: Set<string>): string[] {
  const text = JSON.stringify(steps);
  const issues: string[] = [];
  for (const m of text.matchAll(/\{\{steps\.([^.}]+)\./g)) {
    if (!allIds.has(m[1])) issues.push(`a value refers to {{steps.${m[1]}…}} but no step has id "${m[1]}"`);
  }
  return [...new Set(issues)];
}

function duplicateIssues(ids: string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))));
  return [...dups].map((id) => `step id "${id}" is used more than once; ids must be unique`);
}

/** What Errand fills in on a plan the model wrote. */
export interface PlanFill {
  id: string;
  goal: string;
  promptVersion: string;
  intentHint?: Intent;
}

/**
 * Checks a model's plan answer against PlanSchema after filling what Errand owns (id, goal, source,
 * prompt version) and what models often omit (intent, confidence, step ids and descriptions).
 */
export function checkPlanAnswer(value: unknown, fill: PlanFill): Checked<Plan> {
  let candidate: unknown = value;
  if (Array.isArray(candidate)) candidate = { steps: candidate };
  if (isObj(candidate) && !('steps' in candidate) && isObj(candidate.plan)) candidate = candidate.plan;
  if (!isObj(candidate)) return { ok: false, issues: ['the answer must be a JSON object with a "steps" list'] };
  const { id: _id, source: _s, promptVersion: _p, template: _t, goal: _g, ...rest } = candidate;
  const intent = IntentSchema.safeParse(rest.intent).success ? rest.intent : fill.intentHint ?? 'unknown';
  const confidence = typeof rest.confidence === 'number' ? Math.min(1, Math.max(0, rest.confidence)) : 0.5;
  const steps = Array.isArray(rest.steps) ? fillStepBasics(rest.steps, { n: 0 }) : rest.steps;
  const full = { ...rest, intent, confidence, steps, id: fill.id, goal: fill.goal, source: 'ai', promptVersion: fill.promptVersion };
  const parsed = PlanSchema.safeParse(full);
  if (!parsed.success) return { ok: false, issues: formatIssues(parsed.error, full) };
  const plan = parsed.data as Plan;
  const ids = stepIds(plan.steps);
  const issues = [...duplicateIssues(ids), ...referenceIssues(plan.steps, new Set(ids))];
  return issues.length ? { ok: false, issues } : { ok: true, value: plan };
}

/** Checks a selector answer: valid strategies are kept, refs must exist in the snapshot. */
export function checkStrategiesAnswer(value: unknown, snapshot?: PageSnapshot): Checked<LocatorStrategy[]> {
  const list = isObj(value) ? value.strategies : value;
  if (!Array.isArray(list)) return { ok: false, issues: ['the answer must be {"strategies":[…]}'] };
  const refs = new Set(snapshot?.elements.map((e) => e.ref));
  const issues: string[] = [];
  const strategies: LocatorStrategy[] = [];
  list.forEach((s, i) => {
    const parsed = LocatorStrategySchema.safeParse(s);
    if (!parsed.success) issues.push(`strategies[${i}]: not a valid strategy (${JSON.stringify(s).slice(0, 80)})`);
    else if ('ref' in parsed.data && snapshot && !refs.has(parsed.data.ref)) issues.push(`strategies[${i}]: ref "${parsed.data.ref}" is not in the snapshot`);
    else strategies.push(parsed.data);
  });
  return strategies.length ? { ok: true, value: strategies } : { ok: false, issues: issues.length ? issues : ['no strategies given'] };
}

/** Checks recovery steps: each must be a valid step, with ids the rest of the plan does not use. */
export function checkRecoveryAnswer(value: unknown, plan: Plan, failedStepId: string): Checked<Step[]> {
  const list = isObj(value) ? value.steps : value;
  if (!Array.isArray(list) || list.length === 0) return { ok: false, issues: ['the answer must be {"steps":[…]} with at least one step'] };
  const filled = fillStepBasics(list, { n: 0 }, 'r');
  const issues: string[] = [];
  const steps: Step[] = [];
  filled.forEach((s, i) => {
    const parsed = StepSchema.safeParse(s);
    if (parsed.success) steps.push(parsed.data);
    else issues.push(...formatIssues(parsed.error, s, `steps[${i}]${isObj(s) && typeof s.kind === 'string' ? ` (${s.kind})` : ''}`));
  });
  const taken = new Set(stepIds(plan.steps).filter((id) => id !== failedStepId));
  const newIds = stepIds(steps);
  issues.push(...duplicateIssues(newIds), ...newIds.filter((id) => taken.has(id)).map((id) => `step id "${id}" is already used by the plan; pick a new one`));
  return issues.length ? { ok: false, issues } : { ok: true, value: steps };
}
