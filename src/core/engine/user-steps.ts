import type { PageStep, Step } from '../plan';
import type { RunRecord } from '../run';
import { PolicyDenied } from '../errors';
import { SUGGESTIONS } from '../retry';
import { Halt } from './halt';
import { markFinished, markStarted } from './step-state';
import { originNeedingApproval } from './origin-policy';
import type { Runtime, Session } from './runtime';
import type { Scope } from './scope';
import type { RecheckVerdict } from './types';

/** Page steps that can run twice with the same effect as once. */
export function isIdempotent(step: Step): boolean {
  switch (step.kind) {
    case 'extract': case 'wait': case 'scroll': case 'hover': case 'select': case 'check': case 'navigate': case 'switchTab':
      return true;
    case 'type': return step.clear !== false;
    default: return false;
  }
}

/** Default recheck after a restart: idempotent steps run again; clicks, key presses, appends and new tabs ask. */
export async function defaultRecheck(step: Step, _run: RunRecord): Promise<RecheckVerdict> {
  return isIdempotent(step) ? { action: 'rerun' } : { action: 'ask' };
}

/** High-risk steps stop for confirmation unless confirmed already (or right after a confirm question). */
export function guardRisk(s: Session, step: Step, stateId: string, previous: Step | undefined, scope: Scope): void {
  if (step.risk !== 'high' || s.run.steps[stateId]?.confirmed) return;
  const prev = previous && s.run.steps[scope.prefix + previous.id];
  if (previous?.kind === 'askUser' && previous.mode === 'confirm' && prev?.status === 'done') return;
  throw new Halt('waiting-user', {
    pending: { kind: 'risk', stepId: stateId, message: `This step can have consequences: "${step.description}". Go ahead?` },
  });
}

/** New origins need the person's approval: the run pauses with the origin as its pending question. */
export function guardOrigin(s: Session, step: PageStep, stateId: string): void {
  if (!s.run.plan) return;
  const origin = originNeedingApproval(step, s.run.plan, s.run.startUrl, s.ctx.page.url);
  if (!origin) return;
  const message = `The plan wants to open ${origin}, which is not one of the sites it was approved for. Allow it?`;
  throw new Halt('paused', {
    error: new PolicyDenied(message, { origin, stepId: stateId }),
    pending: { kind: 'origin', stepId: stateId, message, origin },
    suggestions: [SUGGESTIONS.origin],
  });
}

/** An askUser step: recorded as started, then the run waits for `answer`. */
export async function runAskUser(rt: Runtime, s: Session, step: Extract<Step, { kind: 'askUser' }>, stateId: string, scope: Scope): Promise<never> {
  const resolved = scope.ctx.resolveStep(step);
  await markStarted(rt, s, step, stateId);
  throw new Halt('waiting-user', { pending: { kind: resolved.mode, stepId: stateId, message: resolved.message, field: resolved.field } });
}

/**
 * A page step found `started` (the worker died mid-step): ask the recheck hook whether to run it
 * again, take it as done, or ask the person. Returns true when the step needs no run.
 */
export async function recheckInterrupted(rt: Runtime, s: Session, step: PageStep, stateId: string, scope: Scope, cursorAfter?: number): Promise<boolean> {
  if (s.run.steps[stateId]?.status !== 'started') return false;
  const verdict = await (rt.deps.recheckStep ?? defaultRecheck)(step, s.run, stateId);
  if (verdict.action === 'rerun') return false;
  if (verdict.action === 'done') {
    if (verdict.url) {
      s.ctx.setPage({ url: verdict.url });
      s.run.currentUrl = verdict.url;
    }
    scope.ctx.setOutput(step.id, verdict.output);
    await markFinished(rt, s, step, stateId, verdict.output, { cursorAfter, ctxSnapshot: () => scope.ctx.snapshot() });
    return true;
  }
  throw new Halt('paused', {
    pending: {
      kind: 'recheck', stepId: stateId,
      message: verdict.message ?? `Errand was stopped while doing "${step.description}". Did it happen? Answer yes to go on, no to do it again.`,
    },
  });
}
