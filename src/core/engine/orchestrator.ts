import type { RunRecord } from '../run';
import { validatePlan } from './validate-plan';
import { InvalidTransition, transition } from './run-status';
import { createRuntime, emit, save } from './runtime';
import { copyOf, createRun, planAndQueue, sessionFor } from './sessions';
import { startLoop } from './run-loop';
import { answerRun, approveOriginFor, cancelRun, pauseRun, resumeRun, retryRun, skipRun } from './run-control';
import { branchRun, injectInto, replayRun, resumeAllInterrupted } from './run-admin';
import { repointStep } from './repoint';
import type { Orchestrator, OrchestratorDeps } from './types';

/**
 * The orchestration engine: plans a goal (planners in order), waits for approval, runs the plan
 * step by step with write-ahead persistence, retries, recovery and progress events, and survives
 * restarts (`resumeInterrupted`). Pure TypeScript over the ports in `deps`.
 * @example
 * const engine = createOrchestrator({ store, driver, planners, clock, ids });
 * const run = await engine.start({ goal: 'cheapest usb-c cable', tabId: 7, startUrl: tab.url });
 * await engine.approve(run.id);
 */
export function createOrchestrator(deps: OrchestratorDeps): Orchestrator {
  const rt = createRuntime(deps);

  return {
    async start(input) {
      const plan = input.plan ? validatePlan(input.plan) : undefined;
      const s = await createRun(rt, input);
      return planAndQueue(rt, s, { plan, autoApprove: input.autoApprove });
    },

    async approve(runId, editedPlan) {
      const s = await sessionFor(rt, runId);
      if (s.run.status !== 'awaiting-approval') throw new InvalidTransition(s.run.status, 'running', runId);
      if (editedPlan) s.run.plan = validatePlan(editedPlan);
      transition(s.run, 'running', deps.clock.now());
      await emit(rt, s, { type: 'run.resumed', message: editedPlan ? 'Edited plan approved' : 'Plan approved', data: { approved: true, edited: !!editedPlan } });
      await save(rt, s);
      void startLoop(rt, s);
      return copyOf(s);
    },

    pause: (runId) => pauseRun(rt, runId),
    resume: (runId) => resumeRun(rt, runId),
    cancel: (runId) => cancelRun(rt, runId),
    answer: (runId, value) => answerRun(rt, runId, value),
    skip: (runId) => skipRun(rt, runId),
    retry: (runId) => retryRun(rt, runId),
    repoint: (runId, stepId, locator) => repointStep(rt, runId, stepId, locator),
    approveOrigin: (runId, origin) => approveOriginFor(rt, runId, origin),
    injectSteps: (runId, afterStepId, steps) => injectInto(rt, runId, afterStepId, steps),
    replay: (runId, options) => replayRun(rt, runId, options),
    branch: (runId, fromStepId, steps, options) => branchRun(rt, runId, fromStepId, steps, options),
    resumeInterrupted: () => resumeAllInterrupted(rt),

    async get(runId) {
      const live = rt.sessions.get(runId);
      return live ? copyOf(live) : deps.store.getRun(runId);
    },
    list: (filter) => deps.store.listRuns(filter),
    events: (runId, afterSeq = 0) => deps.store.getEvents(runId, afterSeq),
    subscribe: (listener, filter) => rt.bus.subscribe(listener, filter),
    progress: (runId) => rt.sessions.get(runId)?.tracker.snapshot(),

    async idle(runId): Promise<RunRecord | undefined> {
      for (;;) {
        const s = rt.sessions.get(runId);
        const pending = s?.planning ?? s?.loop;
        if (!pending) break;
        await pending.catch(() => undefined);
      }
      return this.get(runId);
    },

    isActive: () => [...rt.sessions.values()].some((s) => !!s.loop || !!s.planning),
  };
}
