import type { PageStep, Step } from '../plan';
import { asErrandError } from '../retry';
import { Halt, PlanChanged, checkpoint, isCancel } from './halt';
import { giveUp, markFinished, markSkipped, markStarted } from './step-state';
import { runPageStep } from './page-step';
import { runCompute } from './compute';
import { guardOrigin, guardRisk, recheckInterrupted, runAskUser } from './user-steps';
import { runForEach, runPaginate, runTemplate } from './containers';
import type { Runtime, Session } from './runtime';
import type { Scope } from './scope';

/**
 * Walks a list of steps in order. Steps already done (after a pause or restart) only restore
 * their output into the context; skipped ones are passed. The list is re-read at every step, so
 * steps injected into a live run are picked up; a re-plan restarts at the same index.
 */
export async function runList(rt: Runtime, s: Session, scope: Scope): Promise<void> {
  for (let i = 0; i < scope.list().length; i++) {
    const step = scope.list()[i];
    const stateId = scope.prefix + step.id;
    const state = s.run.steps[stateId];
    if (state?.status === 'done' || state?.status === 'skipped') {
      if (state.status === 'done') scope.ctx.setOutput(step.id, state.output);
      if (scope.top) s.run.cursor = Math.max(s.run.cursor, i + 1);
      continue;
    }
    checkpoint(s);
    try {
      await runStep(rt, s, step, stateId, scope, scope.top ? i + 1 : undefined, scope.list()[i - 1]);
    } catch (e) {
      if (!(e instanceof PlanChanged)) throw e;
      i--;
    }
  }
}

/** Runs one step of any kind: hooks, safety guards, then the kind's executor. */
export async function runStep(rt: Runtime, s: Session, planStep: Step, stateId: string, scope: Scope, cursorAfter?: number, previous?: Step): Promise<void> {
  let step = planStep;
  const decision = await rt.deps.hooks?.beforeStep?.(step, scope.ctx, { runId: s.run.id, stateId });
  if (decision?.skip) return markSkipped(rt, s, step, stateId, 'skipped by a hook', { cursorAfter });
  if (decision?.step) step = decision.step;
  try {
    guardRisk(s, step, stateId, previous, scope);
    switch (step.kind) {
      case 'forEach': return await runForEach(rt, s, step, stateId, scope, cursorAfter);
      case 'paginate': return await runPaginate(rt, s, step, stateId, scope, cursorAfter);
      case 'useTemplate': return await runTemplate(rt, s, step, stateId, scope, cursorAfter);
      case 'askUser': return await runAskUser(rt, s, step, stateId, scope);
      case 'compute': {
        const resolved = scope.ctx.resolveStep(step);
        await markStarted(rt, s, step, stateId);
        const output = runCompute(resolved, resolved.input);
        scope.ctx.setOutput(step.id, output);
        return await markFinished(rt, s, step, stateId, output, { cursorAfter, ctxSnapshot: () => scope.ctx.snapshot() });
      }
      default: {
        const resolved = scope.ctx.resolveStep(step) as PageStep;
        guardOrigin(s, resolved, stateId);
        if (await recheckInterrupted(rt, s, resolved, stateId, scope, cursorAfter)) return;
        await runPageStep(rt, s, resolved, stateId, scope, { cursorAfter });
      }
    }
  } catch (e) {
    if (e instanceof Halt || e instanceof PlanChanged || isCancel(e, s)) throw e;
    await giveUp(rt, s, step, stateId, asErrandError(e), cursorAfter);
  }
}
