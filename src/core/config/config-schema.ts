import { z } from 'zod';

const RetrySchema = z.strictObject({
  maxAttempts: z.number().int().min(1).max(10),
  strategy: z.enum(['exponential', 'linear', 'none']),
  baseDelayMs: z.number().int().min(0).max(60_000),
  maxDelayMs: z.number().int().min(0).max(300_000),
  factor: z.number().min(1).max(10),
  /** 0 = exact delays, 1 = full jitter. */
  jitter: z.number().min(0).max(1),
});

const BreakerSchema = z.strictObject({
  failureThreshold: z.number().int().min(1).max(100),
  coolDownMs: z.number().int().min(0).max(3_600_000),
  /** Recent outcomes kept per key to compute a success rate. */
  windowSize: z.number().int().min(1).max(1000),
});

/** Feature flags; each can be turned off without a new build. */
export const FlagsSchema = z.strictObject({
  aiPlanning: z.boolean(),
  advancedRetry: z.boolean(),
  progressEvents: z.boolean(),
  templates: z.boolean(),
});

/** Engine configuration. Every field has a default; overrides are validated with this schema. */
export const ConfigSchema = z.strictObject({
  retry: RetrySchema,
  breaker: BreakerSchema,
  /** Events kept in memory per run for late subscribers (the store keeps all of them). */
  historyLimit: z.number().int().min(0).max(100_000),
  /** Finished runs kept by `prune`. */
  runsKept: z.number().int().min(1).max(100_000),
  /** Store a context snapshot after every step (branching, debugging). */
  snapshots: z.boolean(),
  flags: FlagsSchema,
});
export type Config = z.infer<typeof ConfigSchema>;
export type Flags = z.infer<typeof FlagsSchema>;

/** Partial overrides at any depth. */
export type ConfigOverrides = { [K in keyof Config]?: Config[K] extends object ? Partial<Config[K]> : Config[K] };

/** The defaults: three attempts with exponential backoff, breakers that open after five failures. */
export const DEFAULT_CONFIG: Config = Object.freeze({
  retry: { maxAttempts: 3, strategy: 'exponential', baseDelayMs: 500, maxDelayMs: 10_000, factor: 2, jitter: 0.2 },
  breaker: { failureThreshold: 5, coolDownMs: 30_000, windowSize: 20 },
  historyLimit: 500,
  runsKept: 100,
  snapshots: true,
  flags: { aiPlanning: true, advancedRetry: true, progressEvents: true, templates: true },
}) as Config;
