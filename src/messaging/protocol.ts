import { z } from 'zod';
import { PlanSchema, ParamValueSchema } from '../core/plan';
import type { Plan } from '../core/plan';
import type { RunRecord } from '../core/run';
import type { RunEvent } from '../core/events';
import type { PageSnapshot, PageStepResult } from '../core/ports';
import type { SerializedError } from '../core/errors';
import type { Locator } from '../core/plan';

/** What a pick in the page gave: a locator for the element, or why there is none. */
export type PickOutcome = { picked: true; locator: Locator } | { picked: false; reason: 'cancelled' | 'timeout' };

const runId = z.strictObject({ runId: z.string().min(1) });

/** Provider presets the options page offers; `custom` needs a base URL. */
export const PROVIDER_PRESETS = ['openai', 'anthropic', 'openrouter', 'ollama', 'lmstudio', 'custom'] as const;
/** One configured AI provider (stored in storage.local by the options page). */
export const ProviderSettingsSchema = z.strictObject({
  id: z.string().min(1),
  preset: z.enum(PROVIDER_PRESETS),
  label: z.string().optional(),
  baseURL: z.string().optional(),
  model: z.string(),
  apiKey: z.string().optional(),
  enabled: z.boolean().default(true),
});
export type ProviderSettings = z.infer<typeof ProviderSettingsSchema>;

/**
 * A value of a run's plan that becomes a template parameter: step `stepId`'s `field` (value/url/query).
 * Maps to core/templates ParamChoice as `{ paramName: name, path: `${stepId}.${field}`, value }`.
 */
export const TemplateParamFromRunSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z_]\w{0,39}$/, 'Parameter names are short words like "product".'),
  stepId: z.string().min(1),
  field: z.string().min(1),
  value: z.string(),
});

/** A template parameter as shown in the panel's template form (the fields of core/templates TemplateParam). */
export interface TemplateParamInfo {
  name: string;
  label?: string;
  description?: string;
  /** `string[]` / `url[]` are lists (one per line in the form). */
  type?: 'string' | 'number' | 'boolean' | 'url' | 'string[]' | 'url[]';
  required?: boolean;
  default?: string | number | boolean | string[];
  /** Allowed values: the form shows a choice. */
  options?: Array<string | number>;
  min?: number;
  max?: number;
  /** Pre-fill from the target page. */
  fromPage?: 'url' | 'origin' | 'title' | 'selection';
}
/** What `template.list` returns per template. */
export interface TemplateSummary {
  name: string;
  title: string;
  description: string;
  version: string;
  params: TemplateParamInfo[];
  /** Origins or host names the template fits; empty or absent = any page. */
  sites?: string[];
  /** Example goals that this template answers (goal-box suggestions): each example's `goal ?? description`. */
  examples?: string[];
}

/**
 * Every message the panel/options pages send to the background: name → request schema.
 * The background parses each request with these schemas and answers with a `Reply`.
 */
export const backgroundRequests = {
  'run.start': z.strictObject({
    goal: z.string().trim().min(1, 'Type a goal first.').max(2000, 'That goal is too long (2,000 characters at most).'),
    tabId: z.number().int(),
    params: z.record(z.string(), ParamValueSchema).optional(),
    /** Skip the preview and run as soon as the plan is ready (headless runner, templates). */
    autoApprove: z.boolean().optional(),
    /** Run this saved template (by name) with `params` instead of planning the goal; no model call. */
    template: z.string().optional(),
  }),
  'run.approve': z.strictObject({ runId: z.string().min(1), plan: PlanSchema.optional() }),
  'run.pause': runId,
  'run.resume': runId,
  'run.cancel': runId,
  'run.retry': runId,
  'run.answer': z.strictObject({ runId: z.string().min(1), value: z.union([z.string(), z.boolean()]) }),
  /** Skips the step a confirmation question is about ("skipped by you"); the run goes on. */
  'run.skip': runId,
  /** A paused run's failed step: the person picks its element in the page, then the step is retried with it. */
  'run.pick': runId,
  'run.get': runId,
  'run.list': z.strictObject({ status: z.string().optional(), limit: z.number().int().min(1).max(1000).optional() }),
  'run.events': z.strictObject({ runId: z.string().min(1), afterSeq: z.number().int().min(0).default(0) }),
  'run.delete': runId,
  /** Replays a run in `tabId` (the panel's tab) when it is open, else in a new tab on the run's start URL. */
  'run.replay': z.strictObject({ runId: z.string().min(1), tabId: z.number().int().optional() }),
  /** The tab the panel acts on: the given tab, else the active tab of the panel's window. */
  'panel.target': z.strictObject({ tabId: z.number().int().optional() }),
  /** Saved templates (summaries for buttons and goal suggestions). */
  'template.list': z.strictObject({}),
  /** Runs a template with its params; no model call. */
  'template.run': z.strictObject({
    name: z.string().min(1),
    version: z.string().optional(),
    params: z.record(z.string(), ParamValueSchema),
    tabId: z.number().int(),
  }),
  /** Saves a finished run's plan as a template; each listed value is replaced by `{{param.NAME}}`. */
  'template.saveFromRun': z.strictObject({
    runId: z.string().min(1),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use lowercase letters, digits and dashes.'),
    title: z.string().max(120).optional(),
    params: z.array(TemplateParamFromRunSchema).max(50),
  }),
  /** Tries one provider configuration with a tiny request. */
  'provider.test': z.strictObject({ provider: ProviderSettingsSchema }),
  'cache.clear': z.strictObject({}),
  'memory.clear': z.strictObject({}),
  /** Keeps the newest `keep` finished runs. */
  'history.prune': z.strictObject({ keep: z.number().int().min(0).max(100_000) }),
  /** Runs, their events, user templates, the plan cache and selector memory as one object; never settings, API keys or secrets. */
  'data.export': z.strictObject({}),
  'data.import': z.strictObject({ data: z.record(z.string(), z.unknown()) }),
} as const;

/** Replies per background request. */
export interface BackgroundReplies {
  'run.start': { runId: string };
  'run.approve': { runId: string };
  'run.pause': { runId: string };
  'run.resume': { runId: string };
  'run.cancel': { runId: string };
  'run.retry': { runId: string };
  'run.answer': { runId: string };
  'run.skip': { runId: string };
  /** `picked: false` when the person pressed Escape or took too long; the run stays paused. */
  'run.pick': { runId: string; picked: boolean; reason?: 'cancelled' | 'timeout' };
  'run.get': RunRecord | null;
  'run.list': RunRecord[];
  'run.events': RunEvent[];
  'run.delete': { runId: string };
  'run.replay': { runId: string };
  'panel.target': { tabId: number | null; url: string | null; title?: string | null; restricted?: string | null; selection?: string | null };
  'template.list': TemplateSummary[];
  'template.run': { runId: string };
  'template.saveFromRun': { name: string; version: string };
  'provider.test': { ok: boolean; model?: string; latencyMs?: number; error?: string };
  'cache.clear': { cleared: number };
  'memory.clear': { cleared: number };
  'history.prune': { deleted: number };
  'data.export': Record<string, unknown>;
  'data.import': { imported: Record<string, number> };
}
export type BackgroundRequestName = keyof typeof backgroundRequests;
export type BackgroundRequest<N extends BackgroundRequestName> = z.input<(typeof backgroundRequests)[N]>;

/** Messages the background sends to the content script in a tab. */
export const pageRequests = {
  'page.ping': z.strictObject({}),
  'page.perform': z.strictObject({
    step: z.record(z.string(), z.unknown()),
    highlight: z.boolean().default(true),
    /** Secret values substituted into this step: the page masks them in later snapshots. */
    secrets: z.array(z.string()).max(100).optional(),
  }),
  'page.snapshot': z.strictObject({ viewportOnly: z.boolean().optional(), maxChars: z.number().int().optional() }),
  /** The person picks an element (outline, next click, Escape cancels); answers with a locator for it. */
  'page.pick': z.strictObject({ timeoutMs: z.number().int().min(1).max(300_000).optional() }),
} as const;
export interface PageReplies {
  'page.ping': { ready: true; url: string };
  'page.perform': PageStepResult;
  'page.snapshot': PageSnapshot;
  'page.pick': PickOutcome;
}
export type PageRequestName = keyof typeof pageRequests;

/** Envelope on the wire: a tagged request. */
export interface Envelope<N extends string = string> {
  errand: 1;
  type: N;
  payload: unknown;
}

/** Errors cross boundaries as values, never as thrown exceptions. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** Long-lived port name the panel uses to receive live events. */
export const EVENTS_PORT = 'errand-events';
/** Messages pushed by the background over the events port. */
export type PortMessage =
  | { kind: 'event'; event: RunEvent }
  | { kind: 'run'; run: RunRecord };
/** What the panel sends over the events port. */
export const PortRequestSchema = z.strictObject({ kind: z.literal('subscribe'), runId: z.string(), afterSeq: z.number().int().min(0) });

/** Builds an envelope. */
export function envelope<N extends string>(type: N, payload: unknown): Envelope<N> {
  return { errand: 1, type, payload };
}

/** Narrows an unknown message to an Errand envelope of one of the given names. */
export function isEnvelope<N extends string>(msg: unknown, names: Record<N, unknown>): msg is Envelope<N> {
  return typeof msg === 'object' && msg !== null && (msg as Envelope).errand === 1
    && typeof (msg as Envelope).type === 'string' && Object.hasOwn(names, (msg as Envelope).type);
}

/** Re-exported for adapters that only need the plan type of an approve request. */
export type { Plan };
