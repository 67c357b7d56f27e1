import { PlanSchema, type Intent, type ParamValue, type Plan, type Step } from '../plan';
import type { Ids } from '../ports';
import { PlanInvalid } from '../errors';
import type { Template } from './schema';
import { materializeSteps, templateRef, type TemplateLookup } from './materialize';
import { assertNoTemplateCycle, expandNested } from './nesting';
import { substituteParams, paramText } from './placeholders';

/** Options of instantiateTemplate. */
export interface InstantiateOptions {
  /** Where nested `useTemplate` steps are looked up. Needed only when the template nests others. */
  registry?: TemplateLookup;
  ids?: Ids;
  /** The user's goal; defaults to a sentence built from the template title and parameters. */
  goal?: string;
  intent?: Intent;
  /** 'inline' (default) expands nested templates; 'keep' leaves useTemplate steps for the engine's resolver. */
  nested?: 'inline' | 'keep';
  /** Plan confidence; 1 unless a goal match says otherwise. */
  confidence?: number;
}

let counter = 0;
const fallbackIds: Ids = { next: (prefix) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}` };

function originOf(value: string): string | null {
  if (value.includes('{{')) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

function literalUrls(steps: Step[], out: string[] = []): string[] {
  for (const s of steps) {
    if (s.kind === 'navigate' || s.kind === 'openTab') out.push(s.url);
    if (s.kind === 'forEach' && Array.isArray(s.items)) out.push(...s.items.filter((i): i is string => typeof i === 'string'));
    if (s.kind === 'forEach' || s.kind === 'paginate') literalUrls(s.steps, out);
  }
  return out;
}

/** Origins the plan may act on: the template's (filled in) or its URL parameters', plus literal navigation targets. */
function planOrigins(template: Template, values: Record<string, ParamValue>, steps: Step[]): string[] {
  let declared: string[];
  if (template.origins) {
    const filled = substituteParams(template.origins, values) as unknown[];
    declared = filled.flatMap((v) => (Array.isArray(v) ? v.map(String) : [String(v)]));
  } else {
    declared = template.params.filter((p) => p.type === 'url' || p.type === 'url[]').flatMap((p) => {
      const v = values[p.name];
      return v === undefined ? [] : Array.isArray(v) ? v : [String(v)];
    });
  }
  const origins = [...declared, ...literalUrls(steps)].map(originOf).filter((o): o is string => o !== null);
  return [...new Set(origins)];
}

function defaultGoal(template: Template, values: Record<string, ParamValue>): string {
  const parts = Object.entries(values).map(([k, v]) => `${k}: ${paramText(v)}`);
  return (parts.length ? `${template.title} (${parts.join('; ')})` : template.title).slice(0, 2000);
}

function assertUniqueIds(steps: Step[], template: Template): void {
  const seen = new Set<string>();
  const walk = (list: Step[]) => {
    for (const s of list) {
      if (seen.has(s.id)) throw new PlanInvalid(`Template "${template.name}" produced two steps with the id "${s.id}".`, { template: templateRef(template), issues: [{ step: s.id, message: 'duplicate id' }] });
      seen.add(s.id);
      if (s.kind === 'forEach' || s.kind === 'paginate') walk(s.steps);
    }
  };
  walk(steps);
}

/**
 * Turns a template and parameter values into a ready plan (source 'template', zero model calls).
 * Parameters are coerced and defaulted; every missing or invalid one is reported at once in a
 * PlanInvalid whose `details.issues` is `[{ param, message }]`. Nested templates are inlined.
 * @example instantiateTemplate(priceComparison, { product: 'kettle', sites: 'a.example, b.example' }, { registry })
 */
export function instantiateTemplate(template: Template, params: Record<string, unknown>, options: InstantiateOptions = {}): Plan {
  const { steps: filled, values } = materializeSteps(template, params);
  const lookup: TemplateLookup = options.registry ?? { get: () => undefined };
  let steps = filled;
  if (options.nested === 'keep') assertNoTemplateCycle(template, lookup);
  else steps = expandNested(filled, lookup, [template.name]);
  assertUniqueIds(steps, template);
  const intent = options.intent && template.intents.includes(options.intent) ? options.intent : template.intents[0];
  const result = PlanSchema.safeParse({
    id: (options.ids ?? fallbackIds).next('plan'),
    goal: options.goal?.trim() || defaultGoal(template, values),
    intent,
    steps,
    params: values,
    origins: planOrigins(template, values, steps),
    confidence: options.confidence ?? 1,
    source: 'template',
    promptVersion: 'none',
    template: templateRef(template),
  });
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new PlanInvalid(`Template "${template.name}" produced an invalid plan: ${issues[0].path} ${issues[0].message}`, { template: templateRef(template), issues });
  }
  return result.data as Plan;
}
