import type { Plan, PageStep, Intent, Locator, LocatorStrategy } from './plan';
import type { RunEvent } from './events';
import type { RunRecord, Usage } from './run';
import type { SerializedError } from './errors';

/** Time source; tests pass a fake one to check exact retry delays. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, rejects with CancelledError when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Id source; tests pass a counter. */
export interface Ids {
  next(prefix: string): string;
}

/** One element of a compact page snapshot. */
export interface SnapshotElement {
  ref: string;
  role: string;
  name: string;
  tag: string;
  value?: string;
  /** checked, disabled, expanded, required, invalid… */
  state?: string[];
  /** Nearby visible text (heading, label, card text) that helps tell similar elements apart. */
  context?: string;
  href?: string;
}

/** The compact page map used by planners and recovery. Deterministic for the same DOM. */
export interface PageSnapshot {
  url: string;
  title: string;
  elements: SnapshotElement[];
  /** Main visible text, truncated to the budget. */
  text: string;
  /** Structure signature: same layout on another visit gives the same value (plan cache key). */
  signature: string;
  truncated: boolean;
  /** Language/locale the page declares, for number and date parsing. */
  lang?: string;
}

/** Result of one page step. */
export interface PageStepResult {
  /** Extracted data, the text read, or nothing for pure actions. */
  output?: unknown;
  /** Locator strategy that found the element (describeStrategy form) and the strategy itself. */
  locatorUsed?: string;
  strategy?: LocatorStrategy;
  /** URL after the step. */
  url?: string;
  /** Tab the run continues in after openTab/switchTab/navigate. */
  tabId?: number;
}

/** Runs page steps in a tab. The extension adapter injects the content script on demand. */
export interface PageDriver {
  /** Executes one resolved page step (variables already substituted). Throws ErrandError subclasses. */
  perform(step: PageStep, tabId: number, signal: AbortSignal): Promise<PageStepResult>;
  /** Takes a compact snapshot of the tab. */
  snapshot(tabId: number, options?: { viewportOnly?: boolean; maxChars?: number }): Promise<PageSnapshot>;
}

/** Whether a locator's element is on the page now; `strategy` is the describeStrategy form of the one that matched. */
export interface LocatorProbeResult {
  found: boolean;
  strategy?: string;
}

/**
 * Looks for a locator's element in a tab without acting on it (plan validation before approval).
 * Throws when the page cannot be asked (restricted page, no access).
 */
export type LocatorProbe = (locator: Locator, tabId: number, signal: AbortSignal) => Promise<LocatorProbeResult>;

/** What a planner gets to build a plan. */
export interface PlanRequest {
  goal: string;
  /** Structured goal from the GoalParser. */
  parsed?: unknown;
  snapshot?: PageSnapshot;
  url?: string;
  params?: Record<string, unknown>;
  signal?: AbortSignal;
}

/** An AI provider: one call per plan on the happy path; the others only to recover. */
export interface AiProvider {
  readonly id: string;
  generatePlan(req: PlanRequest): Promise<{ plan: Plan; usage: Usage }>;
  suggestSelectors(snapshot: PageSnapshot, intent: { description: string; failed?: string[] }, signal?: AbortSignal): Promise<{ strategies: unknown[]; usage: Usage }>;
  recoverFromError(error: SerializedError, context: { plan: Plan; stepId: string; snapshot?: PageSnapshot }, signal?: AbortSignal): Promise<{ steps: unknown[]; usage: Usage }>;
}

/** Anything that can turn a goal into a plan (template registry, cache, AI, offline). */
export interface Planner {
  readonly source: Plan['source'];
  plan(req: PlanRequest & { intent?: Intent }): Promise<{ plan: Plan; usage: Usage } | null>;
}

/** Persistence of runs and their events. Every transition is written before it is acted on. */
export interface RunStore {
  putRun(run: RunRecord): Promise<void>;
  getRun(id: string): Promise<RunRecord | undefined>;
  listRuns(filter?: { status?: RunRecord['status']; limit?: number }): Promise<RunRecord[]>;
  deleteRun(id: string): Promise<void>;
  appendEvent(event: RunEvent): Promise<void>;
  /** Events of a run with seq > afterSeq, in order. */
  getEvents(runId: string, afterSeq?: number): Promise<RunEvent[]>;
  putSnapshot(runId: string, stepId: string, context: unknown): Promise<void>;
  getSnapshots(runId: string): Promise<Array<{ stepId: string; context: unknown }>>;
  /** Keeps the newest `keep` finished runs, deletes the rest with their events. Returns how many went. */
  prune(keep: number): Promise<number>;
}

/** A tiny async key-value store (selector memory, plan cache, config overrides). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}
