import { z } from 'zod';
import { LocatorSchema } from './locator';

/** Retry override for one step; the run's RetryPolicy applies where absent. */
export const StepRetrySchema = z.strictObject({
  maxAttempts: z.number().int().min(1).max(10),
  strategy: z.enum(['exponential', 'linear', 'none']).optional(),
  baseDelayMs: z.number().int().min(0).max(60_000).optional(),
});

const base = {
  id: z.string().regex(/^[A-Za-z][\w-]{0,63}$/, 'step ids are short words like "s1" or "open-cart"'),
  description: z.string().min(1).max(300),
  confidence: z.number().min(0).max(1).default(1),
  risk: z.enum(['low', 'high']).default('low'),
  retry: StepRetrySchema.optional(),
  timeoutMs: z.number().int().min(100).max(120_000).optional(),
  /** When true, a failure after all retries and recoveries skips the step instead of pausing the run. */
  optional: z.boolean().optional(),
};

/** What a wait step waits for. */
export const WaitConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('time'), ms: z.number().int().min(0).max(60_000) }),
  z.strictObject({ kind: z.literal('element'), target: LocatorSchema, state: z.enum(['visible', 'hidden']).default('visible') }),
  z.strictObject({ kind: z.literal('text'), text: z.string().min(1) }),
  z.strictObject({ kind: z.literal('url'), includes: z.string().min(1) }),
  z.strictObject({ kind: z.literal('idle'), quietMs: z.number().int().min(50).max(10_000).default(500) }),
]);
export type WaitCondition = z.infer<typeof WaitConditionSchema>;

/** Named fields for field extraction: output key → element holding the value. */
export const FieldMapSchema = z.record(z.string().min(1), LocatorSchema);

export const NavigateStep = z.strictObject({ ...base, kind: z.literal('navigate'), url: z.string().min(1) });
export const ClickStep = z.strictObject({ ...base, kind: z.literal('click'), target: LocatorSchema });
export const TypeStep = z.strictObject({
  ...base,
  kind: z.literal('type'),
  target: LocatorSchema,
  value: z.string(),
  clear: z.boolean().default(true),
  pressEnter: z.boolean().default(false),
});
export const SelectStep = z.strictObject({ ...base, kind: z.literal('select'), target: LocatorSchema, value: z.string() });
export const CheckStep = z.strictObject({ ...base, kind: z.literal('check'), target: LocatorSchema, checked: z.boolean().default(true) });
export const PressStep = z.strictObject({ ...base, kind: z.literal('press'), key: z.string().min(1), target: LocatorSchema.optional() });
export const HoverStep = z.strictObject({ ...base, kind: z.literal('hover'), target: LocatorSchema });
export const ScrollStep = z.strictObject({
  ...base,
  kind: z.literal('scroll'),
  target: LocatorSchema.optional(),
  direction: z.enum(['down', 'up']).default('down'),
  pixels: z.number().int().min(1).max(100_000).optional(),
});
export const WaitStep = z.strictObject({ ...base, kind: z.literal('wait'), for: WaitConditionSchema });
/**
 * Extract data from the page. `table` and `list` return records; `fields` returns one record with
 * the given keys; `text` returns the target's text. `query` narrows a list/table to rows that
 * mention these words (e.g. the product being compared).
 */
export const ExtractStep = z.strictObject({
  ...base,
  kind: z.literal('extract'),
  what: z.enum(['table', 'list', 'fields', 'text', 'links', 'headings']),
  target: LocatorSchema.optional(),
  fields: FieldMapSchema.optional(),
  query: z.string().optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
});
export const OpenTabStep = z.strictObject({ ...base, kind: z.literal('openTab'), url: z.string().min(1) });
export const SwitchTabStep = z.strictObject({
  ...base,
  kind: z.literal('switchTab'),
  to: z.union([z.literal('origin'), z.literal('previous'), z.strictObject({ urlIncludes: z.string().min(1) })]),
});
export const AskUserStep = z.strictObject({
  ...base,
  kind: z.literal('askUser'),
  mode: z.enum(['confirm', 'input']),
  message: z.string().min(1),
  field: z.string().optional(),
});
export const UseTemplateStep = z.strictObject({
  ...base,
  kind: z.literal('useTemplate'),
  template: z.string().min(1),
  version: z.string().optional(),
  params: z.record(z.string(), z.unknown()).default({}),
});
export const ComputeStep = z.strictObject({
  ...base,
  kind: z.literal('compute'),
  op: z.enum(['sort', 'filter', 'min', 'max', 'merge', 'dedupe']),
  /** A reference such as "{{steps.s3.records}}" or a list of them for merge. */
  input: z.union([z.string(), z.array(z.string())]),
  field: z.string().optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
  where: z.strictObject({ field: z.string(), op: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'contains']), value: z.union([z.string(), z.number()]) }).optional(),
});

// Steps that contain steps: the object is concrete, only the nested list is lazy.
const nestedSteps: z.ZodType<Step[], unknown[]> = z.lazy(() => z.array(StepSchema).min(1)) as never;
const PaginateCore = z.strictObject({
  ...base,
  kind: z.literal('paginate'),
  next: LocatorSchema,
  maxPages: z.number().int().min(1).max(200).default(5),
  stopWhen: z.enum(['noNext', 'noNewRecords']).default('noNext'),
});
/** Runs `steps` (usually one extract) on every page, then follows `next`; records are concatenated and de-duplicated. */
export const PaginateStep = PaginateCore.extend({ steps: nestedSteps });
const ForEachCore = z.strictObject({
  ...base,
  kind: z.literal('forEach'),
  /** A reference to a list ("{{param.sites}}", "{{steps.s2.records}}") or a literal list. */
  items: z.union([z.string(), z.array(z.unknown())]),
  as: z.string().regex(/^[A-Za-z_]\w*$/),
});
/** Runs `steps` once per item, with the item bound to `{{as}}`. */
export const ForEachStep = ForEachCore.extend({ steps: nestedSteps });

type Leaf = z.infer<(typeof leafSteps)[number]>;
/** A paginate step. */
export type PaginateStepT = z.infer<typeof PaginateCore> & { steps: Step[] };
/** A forEach step. */
export type ForEachStepT = z.infer<typeof ForEachCore> & { steps: Step[] };

const leafSteps = [
  NavigateStep, ClickStep, TypeStep, SelectStep, CheckStep, PressStep, HoverStep, ScrollStep, WaitStep,
  ExtractStep, OpenTabStep, SwitchTabStep, AskUserStep, UseTemplateStep, ComputeStep,
] as const;

/** One step of a plan: a discriminated union on `kind`. */
export type Step = Leaf | PaginateStepT | ForEachStepT;
export type StepKind = Step['kind'];

/** Zod schema for any step; errors name the field that is wrong for the step's kind. */
export const StepSchema: z.ZodType<Step> = z.discriminatedUnion('kind', [...leafSteps, PaginateStep, ForEachStep]) as never;

/** Step kinds executed inside the page (by the content script) rather than by the engine. */
export const PAGE_STEP_KINDS = ['navigate', 'click', 'type', 'select', 'check', 'press', 'hover', 'scroll', 'wait', 'extract', 'openTab', 'switchTab'] as const;
export type PageStep = Extract<Step, { kind: (typeof PAGE_STEP_KINDS)[number] }>;
/** True when the step acts on a page through the PageDriver. */
export function isPageStep(step: Step): step is PageStep {
  return (PAGE_STEP_KINDS as readonly string[]).includes(step.kind);
}
