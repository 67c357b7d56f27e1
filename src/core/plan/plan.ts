import { z } from 'zod';
import { StepSchema, type Step } from './steps';

/** Where a plan came from. */
export const PlanSourceSchema = z.enum(['ai', 'offline', 'template', 'cache', 'user']);
export type PlanSource = z.infer<typeof PlanSourceSchema>;

/** Goal intents understood by the GoalParser and planners. */
export const IntentSchema = z.enum(['search', 'compare', 'extract', 'fill', 'navigate', 'paginate', 'monitor', 'click', 'type', 'scroll', 'unknown']);
export type Intent = z.infer<typeof IntentSchema>;

/** Plan parameter values: what `{{param.x}}` can refer to. */
export const ParamValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type ParamValue = z.infer<typeof ParamValueSchema>;

/**
 * A plan is the contract between planners and the engine: plain data, strictly validated, so it
 * can be previewed, edited, approved, cached, saved as a template and replayed with no model call.
 */
export const PlanSchema = z.strictObject({
  id: z.string().min(1),
  goal: z.string().min(1).max(2000),
  intent: IntentSchema,
  steps: z.array(StepSchema).min(1).max(1000),
  params: z.record(z.string(), ParamValueSchema).default({}),
  /** Origins the plan may act on (https://shop.example). Anything else needs the user's approval. */
  origins: z.array(z.string()).default([]),
  confidence: z.number().min(0).max(1),
  source: PlanSourceSchema,
  promptVersion: z.string().default('none'),
  /** Template name@version when the plan was instantiated from one. */
  template: z.string().optional(),
});
export type Plan = Omit<z.infer<typeof PlanSchema>, 'steps'> & { steps: Step[] };
export type PlanInput = z.input<typeof PlanSchema>;
