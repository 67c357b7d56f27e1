import { z } from 'zod';
import { PlanSchema, type Plan } from './plan';

/** Run lifecycle states (DESIGN.md "Run lifecycle"). */
export const RUN_STATUSES = ['planning', 'awaiting-approval', 'running', 'paused', 'waiting-user', 'done', 'failed', 'cancelled', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
/** States a run never leaves. */
export const FINAL_STATUSES: readonly RunStatus[] = ['done', 'failed', 'cancelled'];

const SerializedErrorSchema = z.object({
  name: z.string(), message: z.string(), category: z.string(), details: z.record(z.string(), z.unknown()).optional(),
});

/** Per-step state, written before (started) and after (finished) the step acts. */
export const StepStateSchema = z.object({
  status: z.enum(['pending', 'started', 'done', 'failed', 'skipped']),
  attempts: z.number().int().min(0),
  startedAt: z.number().optional(),
  finishedAt: z.number().optional(),
  output: z.unknown().optional(),
  error: SerializedErrorSchema.optional(),
  /** Locator strategy that found the element, remembered per site. */
  locatorUsed: z.string().optional(),
});
export type StepState = z.infer<typeof StepStateSchema>;

/** Token and call accounting for one run. */
export const UsageSchema = z.object({
  modelCalls: z.number().int().min(0),
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
});
export type Usage = z.infer<typeof UsageSchema>;

/** A run as stored in the RunStore. */
export const RunRecordSchema = z.object({
  id: z.string(),
  goal: z.string(),
  status: z.enum(RUN_STATUSES),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Tab the run acts on; the URL it started from. */
  tabId: z.number().int().optional(),
  startUrl: z.string().optional(),
  plan: PlanSchema.optional(),
  /** Flat index into the expanded step list: the next step to run. */
  cursor: z.number().int().min(0),
  steps: z.record(z.string(), StepStateSchema),
  /** Values the run was started with (params); secrets are never stored here. */
  inputs: z.record(z.string(), z.unknown()).default({}),
  /** Final data: records, chosen best offer, etc. */
  result: z.unknown().optional(),
  error: SerializedErrorSchema.optional(),
  /** What the person can do next when the run stopped (plain words). */
  suggestions: z.array(z.string()).default([]),
  usage: UsageSchema,
  lastSeq: z.number().int().min(0),
  /** Set when this run replays another one. */
  replayOf: z.string().optional(),
});
export type RunRecord = Omit<z.infer<typeof RunRecordSchema>, 'plan'> & { plan?: Plan };
