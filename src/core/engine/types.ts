import type { AiProvider, Clock, Ids, LocatorProbe, PageDriver, Planner, RunStore } from '../ports';
import type { Locator, Plan, PlanInput, Step } from '../plan';
import type { RunEvent } from '../events';
import type { RunRecord, StepState } from '../run';
import type { SerializedError } from '../errors';
import type { Config } from '../config';
import type { ExecutionContext } from '../context';
import type { SelectorMemory } from '../memory';
import type { BreakerRegistry } from '../retry';
import type { EventFilter, ProgressSnapshot, RunEventListener } from '../progress';

/** Where a step sits in a run: the run id and the step's state id (see step-ids.ts). */
export interface StepInfo { runId: string; stateId: string }

/** How a step ended, for `afterStep` hooks. */
export interface StepOutcome { status: 'done' | 'skipped' | 'failed'; output?: unknown; error?: SerializedError | StepState['error']; durationMs: number }

/** What a `beforeStep` hook may ask for: skip the step, or run a modified one instead. */
export type BeforeStepDecision = void | { skip?: boolean; step?: Step };

/** Hooks around every step (containers included). */
export interface StepHooks {
  beforeStep?(step: Step, ctx: ExecutionContext, info: StepInfo): BeforeStepDecision | Promise<BeforeStepDecision>;
  afterStep?(step: Step, outcome: StepOutcome, info: StepInfo): void | Promise<void>;
}

/**
 * What to do with a page step that was started but not finished when the worker died:
 * run it again, take it as done (its effect is visible; `output` if it produced one, `url` of the
 * page it left the tab on), or ask.
 */
export type RecheckVerdict = { action: 'rerun' } | { action: 'done'; output?: unknown; url?: string } | { action: 'ask'; message?: string };

/** Decides about a half-finished step after a restart; `step` has its variables substituted. */
export type RecheckStep = (step: Step, run: RunRecord, stateId: string) => Promise<RecheckVerdict>;

/** Expands a useTemplate step into steps (name, optional version, resolved params). */
export type TemplateResolver = (name: string, version: string | undefined, params: Record<string, unknown>) => Step[] | Promise<Step[]>;

/** What the orchestrator is built from. Only store, driver, planners, clock and ids are required. */
export interface OrchestratorDeps {
  store: RunStore;
  driver: PageDriver;
  /** Tried in order; the first that returns a valid plan wins (template → cache → AI → offline). */
  planners: Planner[];
  clock: Clock;
  ids: Ids;
  config?: Config;
  /** Used to recover: alternative selectors and re-planning the rest of a plan. */
  provider?: AiProvider;
  selectorMemory?: SelectorMemory;
  resolveTemplate?: TemplateResolver;
  /** Default: idempotent page steps re-run, others pause and ask. */
  recheckStep?: RecheckStep;
  hooks?: StepHooks;
  /** Every event, with the run as it is at that moment (background → panel port). */
  onEvent?: (event: RunEvent, run: RunRecord) => void;
  /** Shared breakers (per provider, per site); one is created from config when absent. */
  breakers?: BreakerRegistry;
  /** Random source for backoff jitter. */
  random?: () => number;
  /** Looks for a step's element without acting: plans are checked against the start page before approval. */
  probeLocator?: LocatorProbe;
}

/** How to start a run. Give `plan` to skip planning (replay, template, edited JSON). */
export interface StartInput {
  goal: string;
  tabId: number;
  startUrl?: string;
  params?: Record<string, unknown>;
  autoApprove?: boolean;
  plan?: Plan | PlanInput;
}

/** The orchestration engine's API. Every method returns a copy of the run as stored. */
export interface Orchestrator {
  /** Creates a run and plans it: ends awaiting-approval, running (autoApprove) or failed (no plan). */
  start(input: StartInput): Promise<RunRecord>;
  /** Approves the plan (optionally an edited one, validated again) and starts running. */
  approve(runId: string, editedPlan?: Plan | PlanInput): Promise<RunRecord>;
  /** Pauses a running run between steps (waits for the step in flight); resolves when paused. */
  pause(runId: string): Promise<RunRecord>;
  /** Continues a paused or interrupted run from its cursor. */
  resume(runId: string): Promise<RunRecord>;
  /** Cancels a run at once; the step in flight gets an aborted signal. */
  cancel(runId: string): Promise<RunRecord>;
  /** Answers the run's pending question (askUser input/confirm, high-risk confirm, new origin, recheck). */
  answer(runId: string, value: string | boolean): Promise<RunRecord>;
  /**
   * Skips the step a confirmation question is about (askUser confirm, high-risk step) and goes on;
   * skipping a confirm askUser also skips the high-risk step right after it.
   */
  skip(runId: string): Promise<RunRecord>;
  /** Re-runs the failed step of a paused run (attempts counted afresh). */
  retry(runId: string): Promise<RunRecord>;
  /** Points a paused run's step at a locator the person picked (its strategies first); retry() runs it again. */
  repoint(runId: string, stepId: string, locator: Locator): Promise<RunRecord>;
  /** Lets the run act on a new origin (adds it to the plan's origins) and continues if it waited for it. */
  approveOrigin(runId: string, origin: string): Promise<RunRecord>;
  /** Inserts validated steps after `afterStepId` (top level or inside a container) in a live run. */
  injectSteps(runId: string, afterStepId: string, steps: unknown[]): Promise<RunRecord>;
  /** A new run from a stored run's plan and inputs: no planner call. autoApprove defaults to true. */
  replay(runId: string, options?: { tabId?: number; autoApprove?: boolean }): Promise<RunRecord>;
  /**
   * A new run that keeps a stored run's results up to top-level step `fromStepId` (restored from
   * its snapshot) and continues with `steps` (or the original rest) — the original is untouched.
   */
  branch(runId: string, fromStepId: string, steps?: unknown[], options?: { autoApprove?: boolean }): Promise<RunRecord>;
  /** Start-up: runs left running/planning are marked interrupted and resumed. */
  resumeInterrupted(): Promise<RunRecord[]>;
  get(runId: string): Promise<RunRecord | undefined>;
  list(filter?: { status?: RunRecord['status']; limit?: number }): Promise<RunRecord[]>;
  /** Stored events of a run after `afterSeq` (a reconnecting panel). */
  events(runId: string, afterSeq?: number): Promise<RunEvent[]>;
  /** Live events; returns the unsubscribe function. */
  subscribe(listener: RunEventListener, filter?: EventFilter): () => void;
  /** Progress of a run that is active in this instance. */
  progress(runId: string): ProgressSnapshot | undefined;
  /** Resolves when the run's loop (if any) has stopped; returns the run. */
  idle(runId: string): Promise<RunRecord | undefined>;
  /** True while any run is planning or running here (the background keeps itself alive meanwhile). */
  isActive(): boolean;
}
