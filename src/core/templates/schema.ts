import { z } from 'zod';
import { IntentSchema, ParamValueSchema, type ParamValue } from '../plan';
import { PlanInvalid } from '../errors';
import { SEMVER_PATTERN } from './semver';
import { FILTERS, findParamRefs, substituteParams } from './placeholders';
import { applyConditions, fitStep } from './fit';
import { coerceParam } from './params';

export const PARAM_TYPES = ['string', 'number', 'boolean', 'url', 'string[]', 'url[]'] as const;

/** One input of a template, shown as a form field in the panel. */
export const TemplateParamSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z_]\w{0,39}$/, 'parameter names are words like "product" or "maxPrice"'),
  type: z.enum(PARAM_TYPES),
  label: z.string().min(1).max(80),
  description: z.string().max(300).optional(),
  required: z.boolean().default(false),
  default: ParamValueSchema.optional(),
  /** Regular expression every value (every list item) must match. */
  pattern: z.string().optional(),
  /** Bounds: the value for numbers, the item count for lists. */
  min: z.number().optional(),
  max: z.number().optional(),
  options: z.array(z.union([z.string(), z.number()])).min(1).optional(),
  /** How the panel pre-fills the field from the current page. */
  fromPage: z.enum(['url', 'origin', 'title', 'selection']).optional(),
  /** Where matchGoal looks in a parsed goal, as dotted paths ("entities.products", "constraints.maxPrice"). */
  fromGoal: z.array(z.string().min(1)).optional(),
});
export type TemplateParam = z.infer<typeof TemplateParamSchema>;

/** Includes a template step only when a parameter is set (or equals `equals`; `not` inverts). */
export const StepConditionSchema = z.strictObject({
  param: z.string().min(1),
  equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
  not: z.boolean().optional(),
});

/** A plan step whose fields may hold `{{param.x}}` placeholders; checked as a Step after substitution. */
export const TemplateStepSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.string().min(1),
  when: StepConditionSchema.optional(),
});
export type TemplateStep = z.infer<typeof TemplateStepSchema>;

export const TemplateExampleSchema = z.strictObject({
  description: z.string().min(1).max(300),
  goal: z.string().max(2000).optional(),
  params: z.record(z.string(), z.unknown()),
});

const TemplateObject = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'template names are kebab-case ids like "price-comparison"').max(64),
  title: z.string().min(1).max(80),
  description: z.string().min(1).max(500),
  version: z.string().regex(SEMVER_PATTERN, 'versions are semantic versions like "1.0.0"'),
  intents: z.array(IntentSchema).min(1),
  tags: z.array(z.string().min(1)).default([]),
  params: z.array(TemplateParamSchema).default([]),
  steps: z.array(TemplateStepSchema).min(1).max(200),
  /** Origins the plan may act on; may use placeholders. Defaults to the origins of URL parameters. */
  origins: z.array(z.string().min(1)).optional(),
  examples: z.array(TemplateExampleSchema).default([]),
  author: z.enum(['builtin', 'user']).default('user'),
  createdAt: z.number().optional(),
});

/** A representative value of a parameter, used to check every step of a template. */
export function sampleValue(p: TemplateParam): ParamValue {
  if (p.default !== undefined) return p.default;
  if (p.options) return p.type.endsWith('[]') ? [String(p.options[0])] : p.options[0];
  switch (p.type) {
    case 'number': return p.min ?? 1;
    case 'boolean': return true;
    case 'url': return 'https://example.com/';
    case 'url[]': return ['https://example.com/'];
    case 'string[]': return ['sample'];
    default: return 'sample';
  }
}

function collectIds(steps: unknown[], ids: string[] = []): string[] {
  for (const s of steps as Array<Record<string, unknown>>) {
    ids.push(String(s.id));
    if (Array.isArray(s.steps)) collectIds(s.steps, ids);
  }
  return ids;
}

function collectConditions(steps: unknown[], out: string[] = []): string[] {
  for (const s of steps as Array<Record<string, unknown>>) {
    const when = s.when as { param?: string } | undefined;
    if (when?.param) out.push(when.param);
    if (Array.isArray(s.steps)) collectConditions(s.steps, out);
  }
  return out;
}

type Ctx = z.RefinementCtx;
type TemplateData = z.infer<typeof TemplateObject>;

function checkParams(t: TemplateData, ctx: Ctx): void {
  const seen = new Set<string>();
  t.params.forEach((p, i) => {
    const path = ['params', i];
    if (seen.has(p.name)) ctx.addIssue({ code: 'custom', path, message: `Parameter "${p.name}" is declared twice.` });
    seen.add(p.name);
    if (p.pattern !== undefined) {
      try { new RegExp(p.pattern); } catch { ctx.addIssue({ code: 'custom', path: [...path, 'pattern'], message: 'Not a valid regular expression.' }); }
    }
    if (p.min !== undefined && p.max !== undefined && p.min > p.max) ctx.addIssue({ code: 'custom', path, message: 'min is larger than max.' });
    if (p.default !== undefined) {
      const r = coerceParam(p.default, p);
      if ('error' in r) ctx.addIssue({ code: 'custom', path: [...path, 'default'], message: r.error });
    }
  });
}

function checkSteps(t: TemplateData, ctx: Ctx): void {
  const declared = new Set(t.params.map((p) => p.name));
  let broken = false;
  const refIssue = (message: string) => { broken = true; ctx.addIssue({ code: 'custom', path: ['steps'], message }); };
  for (const ref of findParamRefs([t.steps, t.origins ?? []])) {
    if (!declared.has(ref.name)) refIssue(`{{param.${ref.name}}} is used but not declared in params.`);
    if (ref.filter && !Object.hasOwn(FILTERS, ref.filter)) refIssue(`Unknown placeholder filter "${ref.filter}".`);
  }
  for (const name of collectConditions(t.steps)) {
    if (!declared.has(name)) refIssue(`A step condition names the undeclared parameter "${name}".`);
  }
  const ids = collectIds(t.steps);
  const dupes = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (dupes.length) ctx.addIssue({ code: 'custom', path: ['steps'], message: `Step ids must be unique; repeated: ${dupes.join(', ')}.` });
  if (broken) return;
  // Check every branch of the template with representative values of its parameters.
  const samples = Object.fromEntries(t.params.map((p) => [p.name, sampleValue(p)]));
  const steps = substituteParams(applyConditions(t.steps), samples) as Array<Record<string, unknown>>;
  steps.forEach((s, i) => {
    for (const issue of fitStep(s).issues) {
      ctx.addIssue({ code: 'custom', path: ['steps', i, ...(issue.path ? issue.path.split('.') : [])], message: issue.message });
    }
  });
}

function checkExamples(t: TemplateData, ctx: Ctx): void {
  t.examples.forEach((e, i) => {
    for (const key of Object.keys(e.params)) {
      if (!t.params.some((p) => p.name === key)) ctx.addIssue({ code: 'custom', path: ['examples', i, 'params'], message: `Example uses unknown parameter "${key}".` });
    }
  });
}

/**
 * A reusable task: parameters + steps with `{{param.x}}` placeholders + examples. Validation also
 * checks that every placeholder is declared and that every step is a valid plan step once filled in.
 */
export const TemplateSchema = TemplateObject.superRefine((t, ctx) => {
  checkParams(t, ctx);
  checkSteps(t, ctx);
  checkExamples(t, ctx);
});
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

/** Issue list of a failed template validation, for PlanInvalid details and the import report. */
export function describeIssues(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/**
 * Validates template data, throwing PlanInvalid with `details.issues` when it is wrong.
 * @example const t = parseTemplate(JSON.parse(text));
 */
export function parseTemplate(input: unknown): Template {
  const r = TemplateSchema.safeParse(input);
  if (r.success) return r.data;
  const issues = describeIssues(r.error);
  const name = (input as { name?: unknown } | null)?.name;
  const first = issues[0];
  throw new PlanInvalid(`Template ${typeof name === 'string' ? `"${name}" ` : ''}is invalid: ${first.path ? `${first.path}: ` : ''}${first.message}`, { issues });
}

/** Identity helper that types a built-in template's source object. */
export function defineTemplate(t: TemplateInput): TemplateInput {
  return t;
}
