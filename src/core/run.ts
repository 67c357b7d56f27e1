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
  /** The person confirmed this high-risk step (it will not ask again). */
  confirmed: z.boolean().optional(),
});
export type StepState = z.infer<typeof StepStateSchema>;

/** Token and call accounting for one run. */
export const UsageSchema = z.object({
  modelCalls: z.number().int().min(0),
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
});
export type Usage = z.infer<typeof UsageSchema>;

/**
 * A question the run is waiting on: an askUser step ('input'/'confirm'), a high-risk step ('risk'),
 * a new origin ('origin') or a step interrupted mid-way whose effect is unknown ('recheck').
 * Answered with `answer(runId, value)`.
 */
export const PendingQuestionSchema = z.object({
  kind: z.enum(['input', 'confirm', 'risk', 'origin', 'recheck']),
  stepId: z.string(),
  message: z.string(),
  field: z.string().optional(),
  origin: z.string().optional(),
});
export type PendingQuestion = z.infer<typeof PendingQuestionSchema>;

/**
 * Whether a step's elements were found on the start page before approval: `found` (with the
 * strategy that matched), `missing`, or `unchecked` (the step runs after the page changes, or
 * its locator needs values known only at run time).
 */
export const LocatorCheckSchema = z.object({
  status: z.enum(['found', 'missing', 'unchecked']),
  /** describeStrategy form of the strategy that matched, e.g. `role=button[name="Search"]`. */
  strategy: z.string().optional(),
  /** Why unchecked, or which element was not found. */
  note: z.string().optional(),
});
export type LocatorCheck = z.infer<typeof LocatorCheckSchema>;

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
  /** What the run is waiting for the person to answer, when paused or waiting-user. */
  pending: PendingQuestionSchema.optional(),
  /** URL of the page the run is on now (after the last page step). */
  currentUrl: z.string().optional(),
  /** Per step id: did the step's locators resolve on the start page before approval (absent on older runs). */
  locatorChecks: z.record(z.string(), LocatorCheckSchema).optional(),
});
export type RunRecord = Omit<z.infer<typeof RunRecordSchema>, 'plan'> & { plan?: Plan };
