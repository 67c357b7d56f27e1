import { z } from 'zod';

/** Every progress event type, in the order a run usually emits them. */
export const EVENT_TYPES = [
  'run.started', 'plan.ready', 'step.started', 'step.retrying', 'step.recovered', 'step.completed',
  'step.failed', 'step.injected', 'run.paused', 'run.resumed', 'run.waiting-user', 'run.completed',
  'run.failed', 'run.cancelled', 'run.interrupted', 'progress',
] as const;
export type RunEventType = (typeof EVENT_TYPES)[number];

/**
 * One progress event. `seq` is gap-free per run (1, 2, 3…) so a reconnecting panel can ask for the
 * events after the last one it saw; `correlationId` ties all attempts of one step together.
 */
export const RunEventSchema = z.strictObject({
  type: z.enum(EVENT_TYPES),
  runId: z.string(),
  seq: z.number().int().min(1),
  at: z.number(),
  correlationId: z.string(),
  stepId: z.string().optional(),
  attempt: z.number().int().min(1).optional(),
  /** Human sentence shown in the timeline. */
  message: z.string().optional(),
  /** Type-specific payload (error, output summary, percent, eta…). */
  data: z.record(z.string(), z.unknown()).optional(),
});
export type RunEvent = z.infer<typeof RunEventSchema>;
