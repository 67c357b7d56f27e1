import type { Step } from '../plan';
import { PlanInvalid, ErrandError } from '../errors';
import type { Template } from './schema';
import { materializeSteps, type TemplateLookup } from './materialize';

/** How deep templates may nest (a template using a template using a template …). */
export const MAX_TEMPLATE_DEPTH = 4;

/** Step kinds whose output has `records`; a nested template's result is its last such step. */
const RECORD_KINDS = new Set(['extract', 'compute', 'forEach', 'paginate']);
const STEP_REF = /(\{\{\s*steps\.)([A-Za-z][\w-]*)/g;

type Aliases = Map<string, string>;

function collectIds(steps: Step[], out: string[] = []): string[] {
  for (const s of steps) {
    out.push(s.id);
    if (s.kind === 'forEach' || s.kind === 'paginate') collectIds(s.steps, out);
  }
  return out;
}

/** Deeply renames step ids and `{{steps.ID…}}` references; `optional` is forced on when asked. */
function rename<T>(value: T, ids: Aliases, forceOptional = false): T {
  if (typeof value === 'string') return value.replace(STEP_REF, (all, head: string, id: string) => (ids.has(id) ? head + ids.get(id) : all)) as T;
  if (Array.isArray(value)) return value.map((v) => rename(v, ids, forceOptional)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = rename(v, ids, forceOptional && k === 'steps');
  const isStep = typeof out.kind === 'string' && typeof out.id === 'string';
  if (isStep && ids.has(out.id as string)) out.id = ids.get(out.id as string);
  if (isStep && forceOptional) out.optional = true;
  return out as T;
}

function prefixedId(prefix: string, id: string): string {
  const room = 63 - id.length;
  return `${prefix.slice(0, Math.max(1, room))}-${id}`.slice(0, 64);
}

function describeVersion(name: string, version?: string): string {
  return version ? `${name}@${version}` : name;
}

function lookupOrThrow(lookup: TemplateLookup, name: string, version: string | undefined, usedBy: string): Template {
  const t = lookup.get(name, version);
  if (!t) throw new PlanInvalid(`Unknown template "${describeVersion(name, version)}" (used by step "${usedBy}").`, { template: name, step: usedBy });
  return t;
}

function guardChain(stack: string[], next: string): void {
  const at = stack.indexOf(next);
  if (at >= 0) {
    const cycle = [...stack.slice(at), next];
    throw new PlanInvalid(`Templates use each other in a cycle: ${cycle.join(' → ')}.`, { cycle });
  }
  if (stack.length >= MAX_TEMPLATE_DEPTH) {
    const chain = [...stack, next];
    throw new PlanInvalid(`Templates are nested more than ${MAX_TEMPLATE_DEPTH} levels deep: ${chain.join(' → ')}.`, { chain });
  }
}

function inline(use: Extract<Step, { kind: 'useTemplate' }>, lookup: TemplateLookup, stack: string[], aliases: Aliases): Step[] {
  const t = lookupOrThrow(lookup, use.template, use.version, use.id);
  guardChain(stack, t.name);
  let materialized: Step[];
  try {
    materialized = materializeSteps(t, use.params).steps;
  } catch (e) {
    if (!(e instanceof ErrandError)) throw e;
    throw new PlanInvalid(`Step "${use.id}": ${e.message}`, { ...e.details, step: use.id });
  }
  const inner = expandNamespace(materialized, lookup, [...stack, t.name]);
  const ids: Aliases = new Map(collectIds(inner).map((id) => [id, prefixedId(use.id, id)]));
  const last = [...inner].reverse().find((s) => RECORD_KINDS.has(s.kind));
  if (last) aliases.set(use.id, ids.get(last.id)!);
  return inner.map((s) => rename(s, ids, use.optional === true));
}

function expandTree(steps: Step[], lookup: TemplateLookup, stack: string[], aliases: Aliases): Step[] {
  return steps.flatMap((s): Step[] => {
    if (s.kind === 'useTemplate') return inline(s, lookup, stack, aliases);
    if (s.kind === 'forEach' || s.kind === 'paginate') return [{ ...s, steps: expandTree(s.steps, lookup, stack, aliases) }];
    return [s];
  });
}

function expandNamespace(steps: Step[], lookup: TemplateLookup, stack: string[]): Step[] {
  const aliases: Aliases = new Map();
  const expanded = expandTree(steps, lookup, stack, aliases);
  // `{{steps.USE.records}}` now points at the nested template's last records-producing step.
  return aliases.size ? rename(expanded, aliases) : expanded;
}

/**
 * Inlines nested `useTemplate` steps: each becomes the nested template's steps, with ids prefixed
 * by the useTemplate step's id ("compare" → "compare-each-site"). `stack` holds the names of the
 * templates already being expanded, so cycles (a → b → a, or a → a) are refused with PlanInvalid.
 * @example expandNested(plan.steps, registry)
 */
export function expandNested(steps: Step[], lookup: TemplateLookup, stack: string[] = []): Step[] {
  return expandNamespace(steps, lookup, stack);
}

/** What the engine calls for a `useTemplate` step it meets at run time. */
export type TemplateResolver = (name: string, version: string | undefined, params: Record<string, unknown>) => Step[];

/**
 * Resolver for the engine's nested `useTemplate` steps: returns the nested template's steps with
 * the given (already substituted) parameters, its own nested templates inlined. The returned ids
 * are the template's own; the engine scopes them under the useTemplate step.
 */
export function createTemplateResolver(lookup: TemplateLookup): TemplateResolver {
  return (name, version, params) => {
    const t = lookupOrThrow(lookup, name, version, 'useTemplate');
    return expandNamespace(materializeSteps(t, params).steps, lookup, [t.name]);
  };
}

function usedTemplates(steps: unknown[], out: Array<{ name: string; version?: string }> = []): Array<{ name: string; version?: string }> {
  for (const s of steps as Array<Record<string, unknown>>) {
    if (s.kind === 'useTemplate' && typeof s.template === 'string' && !s.template.includes('{{')) {
      out.push({ name: s.template, version: typeof s.version === 'string' ? s.version : undefined });
    }
    if (Array.isArray(s.steps)) usedTemplates(s.steps, out);
  }
  return out;
}

/**
 * Checks, without instantiating, that a template's nested templates exist and form no cycle and
 * stay within MAX_TEMPLATE_DEPTH. Throws PlanInvalid naming the cycle.
 */
export function assertNoTemplateCycle(template: Template, lookup: TemplateLookup, stack: string[] = []): void {
  guardChain(stack, template.name);
  for (const used of usedTemplates(template.steps)) {
    assertNoTemplateCycle(lookupOrThrow(lookup, used.name, used.version, template.name), lookup, [...stack, template.name]);
  }
}
