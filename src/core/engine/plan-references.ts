import type { Step } from '../plan';
import { findReferences, stringsIn, RESERVED_ROOTS, type Reference } from '../context';
import { childSteps, walkSteps } from './plan-tree';

/** One problem in a plan, in words a person can act on. */
export interface PlanIssue { stepId?: string; field: string; message: string }

/** What is defined where a step runs. */
interface Scope {
  /** Step ids whose output exists when this step runs. */
  before: Set<string>;
  /** Loop variables bound here → the forEach that binds them. */
  vars: Map<string, string>;
  params: Set<string>;
}

interface Where { ids: Set<string>; containerOf: Map<string, Step>; loopVarOwner: Map<string, string> }

function refIssue(step: Step, field: string, ref: Reference, scope: Scope, where: Where): string | undefined {
  const lead = `field ${field} refers to ${ref.raw} but`;
  if (ref.root === 'secret') return ref.path.length ? undefined : `${lead} a secret needs a name ({{secret.NAME}})`;
  if (ref.root === 'param') {
    const name = ref.path[0];
    if (!name) return `${lead} a parameter needs a name ({{param.NAME}})`;
    return scope.params.has(name) ? undefined : `${lead} the plan declares no parameter "${name}"`;
  }
  if (ref.root === 'steps') {
    const id = ref.path[0];
    if (!id) return `${lead} a step reference needs a step id ({{steps.ID.records}})`;
    if (scope.before.has(id)) return undefined;
    if (id === step.id) return `${lead} a step cannot use its own output`;
    if (!where.ids.has(id)) return `${lead} there is no step ${id}`;
    const container = where.containerOf.get(id);
    if (container && isOutside(step, container))
      return `${lead} ${id} runs inside ${container.kind} ${container.id}; use {{steps.${container.id}.records}}`;
    return `${lead} ${id} does not run before ${step.id}`;
  }
  if (scope.vars.has(ref.root)) return undefined;
  const owner = where.loopVarOwner.get(ref.root);
  if (owner) return `${lead} the loop variable ${ref.root} is only defined inside forEach ${owner}`;
  return `${lead} "${ref.root}" is unknown (use param., steps., secret. or a loop variable)`;
}

function isOutside(step: Step, container: Step): boolean {
  let inside = false;
  walkSteps(childSteps(container), (s) => { if (s === step) inside = true; });
  return !inside;
}

/** Fields of a step checked here; nested steps are checked in their own scope. */
function ownFields(step: Step): Record<string, unknown> {
  const { steps: _nested, ...rest } = step as Step & { steps?: unknown };
  return rest;
}

function checkList(steps: readonly Step[], scope: Scope, where: Where, issues: PlanIssue[]): void {
  for (const step of steps) {
    const add = (field: string, message: string) => issues.push({ stepId: step.id, field, message: `step ${step.id} (${step.kind}): ${message}` });
    for (const { field, text } of stringsIn(ownFields(step))) {
      for (const ref of findReferences(text)) {
        const why = refIssue(step, field, ref, scope, where);
        if (why) add(field, why);
      }
    }
    if (step.kind === 'compute') {
      const inputs = Array.isArray(step.input) ? step.input : [step.input];
      inputs.forEach((text, i) => {
        const refs = findReferences(text);
        const field = Array.isArray(step.input) ? `input[${i}]` : 'input';
        if (refs.length !== 1 || refs[0].root !== 'steps' || text.trim() !== refs[0].raw)
          add(field, `field ${field} must be one step reference such as {{steps.s2.records}}, not "${text}"`);
      });
      if (step.op === 'filter' && !step.where) add('where', 'a filter needs a where condition');
    }
    if (step.kind === 'forEach') {
      if ((RESERVED_ROOTS as readonly string[]).includes(step.as)) add('as', `"${step.as}" is reserved; name the loop variable something else, like "item"`);
      if (typeof step.items === 'string' && findReferences(step.items).length !== 1)
        add('items', `field items must be a list or one reference such as {{param.sites}}`);
      const inner: Scope = { before: new Set(scope.before), vars: new Map(scope.vars).set(step.as, step.id), params: new Set(scope.params) };
      checkList(step.steps, inner, where, issues);
    }
    if (step.kind === 'paginate') {
      checkList(step.steps, { before: new Set(scope.before), vars: scope.vars, params: new Set(scope.params) }, where, issues);
    }
    if (step.kind === 'askUser' && step.field) scope.params.add(step.field);
    scope.before.add(step.id);
  }
}

/**
 * Semantic checks zod cannot do: unique ids (nested included), `{{steps.X}}` only to steps that
 * run earlier, `{{param.X}}` only to declared params (or askUser fields asked earlier), loop
 * variables only inside their forEach, no unknown roots, compute inputs that are references.
 */
export function checkStepReferences(steps: readonly Step[], params: readonly string[], knownBefore: readonly string[] = []): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const seen = new Map<string, number>();
  const where: Where = { ids: new Set(), containerOf: new Map(), loopVarOwner: new Map() };
  walkSteps(steps, (s, parents) => {
    seen.set(s.id, (seen.get(s.id) ?? 0) + 1);
    where.ids.add(s.id);
    if (parents.length) where.containerOf.set(s.id, parents[parents.length - 1]);
    if (s.kind === 'forEach') where.loopVarOwner.set(s.as, s.id);
  });
  for (const [id, n] of seen) if (n > 1) issues.push({ stepId: id, field: 'id', message: `step id ${id} is used ${n} times; ids must be unique` });
  checkList(steps, { before: new Set(knownBefore), vars: new Map(), params: new Set(params) }, where, issues);
  return issues;
}
