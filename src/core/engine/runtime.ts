import type { RunRecord, Usage } from '../run';
import type { RunEvent } from '../events';
import { DEFAULT_CONFIG, type Config } from '../config';
import { ExecutionContext } from '../context';
import { BreakerRegistry, RetryPolicy } from '../retry';
import { EventBus, ProgressTracker, type EventInput } from '../progress';
import type { OrchestratorDeps } from './types';

/** In-memory state of one run handled by this orchestrator instance. */
export interface Session {
  /** The run; mutated in place and written to the store at every transition. */
  run: RunRecord;
  ctx: ExecutionContext;
  tracker: ProgressTracker;
  /** Aborted by cancel: reaches the driver and every wait. */
  cancel: AbortController;
  /** Aborted by pause or cancel: cuts retry waits short. */
  interrupt: AbortController;
  pauseRequested: boolean;
  /** The running loop, while there is one. */
  loop?: Promise<void>;
  /** Planning in progress. */
  planning?: Promise<unknown>;
  /** Set once a cancellation is written: late writes from a step that ignored the abort are dropped. */
  closed?: boolean;
}

/** Shared services of one orchestrator: deps, config, event bus, breakers, retry policy. */
export interface Runtime {
  deps: OrchestratorDeps;
  config: Config;
  bus: EventBus;
  breakers: BreakerRegistry;
  policy: RetryPolicy;
  sessions: Map<string, Session>;
}

/** Builds the runtime from the deps (defaults for config and breakers). */
export function createRuntime(deps: OrchestratorDeps): Runtime {
  const config = deps.config ?? DEFAULT_CONFIG;
  const bus = new EventBus(config.historyLimit);
  if (deps.onEvent) bus.subscribe((e, run) => run && deps.onEvent?.(e, run));
  return {
    deps,
    config,
    bus,
    breakers: deps.breakers ?? new BreakerRegistry(config.breaker, deps.clock),
    policy: RetryPolicy.fromConfig(config.retry, deps.random),
    sessions: new Map(),
  };
}

/** A session for a run (fresh context; the walker restores step outputs as it passes them). */
export function newSession(run: RunRecord): Session {
  return {
    run,
    ctx: ExecutionContext.create(),
    tracker: new ProgressTracker(0),
    cancel: new AbortController(),
    interrupt: new AbortController(),
    pauseRequested: false,
  };
}

/** Writes the run as it is now. */
export async function save(rt: Runtime, s: Session): Promise<void> {
  if (s.closed) return;
  s.run.updatedAt = rt.deps.clock.now();
  await rt.deps.store.putRun(s.run);
}

/** Appends the run's next event to the store, then tells subscribers. */
export async function emit(rt: Runtime, s: Session, input: EventInput): Promise<RunEvent | undefined> {
  if (s.closed) return undefined;
  const event = rt.bus.next(s.run, input, rt.deps.clock.now());
  await rt.deps.store.appendEvent(event);
  rt.bus.publish(event, rt.bus.size > 0 ? structuredClone(s.run) : undefined);
  return event;
}

/** Emits a `progress` event (when the progressEvents flag is on). */
export async function emitProgress(rt: Runtime, s: Session): Promise<void> {
  if (!rt.config.flags.progressEvents) return;
  const p = s.tracker.snapshot();
  await emit(rt, s, { type: 'progress', stepId: p.currentStepId, data: { percent: p.percent, done: p.done, total: p.total, etaMs: p.etaMs } });
}

/** Adds a model call's usage to the run's. */
export function addUsage(run: RunRecord, usage: Usage | undefined): void {
  if (!usage) return;
  run.usage = {
    modelCalls: run.usage.modelCalls + usage.modelCalls,
    promptTokens: run.usage.promptTokens + usage.promptTokens,
    completionTokens: run.usage.completionTokens + usage.completionTokens,
  };
}

/** The origin of a URL, or undefined. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const o = new URL(url).origin;
    return o === 'null' ? undefined : o;
  } catch {
    return undefined;
  }
}
