import { describeStrategy, type PageStep, type Step } from '../plan';
import type { PageStepResult } from '../ports';
import { CancelledError, type ErrandError } from '../errors';
import { asErrandError } from '../retry';
import { Halt, PlanChanged, isCancel } from './halt';
import { emit, originOf, save, type Runtime, type Session } from './runtime';
import { giveUp, markFinished, markRetrying, markSkipped, markStarted, stateOf } from './step-state';
import { locatorOf, orderByHealth, recordLocatorOutcome, withLocator } from './locators';
import { hasWayOut, nextRecovery, type RecoveryAction, type RecoveryKind } from './recovery';
import { checkEdit, applyEdit } from './plan-edit';
import type { Scope } from './scope';

/** Categories that say something about the site's health (for its circuit breaker). */
const SITE_TROUBLE = new Set(['transient', 'timeout', 'navigation']);

/** Selector memory first, then strategies ordered by their recent health on this site. */
async function prepareLocator(rt: Runtime, step: PageStep, origin: string | undefined): Promise<PageStep> {
  const locator = locatorOf(step);
  if (!locator) return step;
  let next = orderByHealth(locator, origin, rt.breakers);
  if (origin && rt.deps.selectorMemory) next = await rt.deps.selectorMemory.apply(origin, next);
  return withLocator(step, next);
}

async function succeeded(rt: Runtime, s: Session, original: Step, sent: PageStep, result: PageStepResult, origin: string | undefined): Promise<unknown> {
  const locator = locatorOf(sent);
  if (locator) recordLocatorOutcome(locator, origin, result.locatorUsed ?? (result.strategy && describeStrategy(result.strategy)), rt.breakers);
  const planLocator = locatorOf(original);
  if (origin && planLocator && result.strategy) await rt.deps.selectorMemory?.remember(origin, planLocator, result.strategy);
  s.ctx.setPage({ url: result.url, tabId: result.tabId });
  if (result.url) s.run.currentUrl = result.url;
  if (result.tabId !== undefined) s.run.tabId = result.tabId;
  return result.output ?? (result.url ? { url: result.url } : undefined);
}

async function waitBeforeRetry(rt: Runtime, s: Session, stateId: string, ms: number): Promise<void> {
  try {
    await rt.deps.clock.sleep(ms, s.interrupt.signal);
  } catch (e) {
    if (s.cancel.signal.aborted) throw new CancelledError();
    if (s.pauseRequested) {
      stateOf(s, stateId).status = 'pending';
      throw new Halt('paused', { message: 'Paused' });
    }
    throw e;
  }
}

/** Runs recovery steps that go before the retried step (e.g. scroll into view). */
async function runBefore(rt: Runtime, s: Session, stateId: string, action: RecoveryAction, tabId: number): Promise<void> {
  if (action.kind !== 'scroll-into-view' && action.kind !== 'dismiss-overlay') return;
  await emit(rt, s, { type: 'step.injected', stepId: stateId, attempt: stateOf(s, stateId).attempts, message: action.before.map((b) => b.description).join('; '), data: { reason: action.kind, steps: action.before.map((b) => ({ id: b.id, kind: b.kind, description: b.description })) } });
  for (const b of action.before) await rt.deps.driver.perform(b, tabId, s.cancel.signal).catch((e) => { if (isCancel(e, s)) throw e; });
}

/** Re-plan of the rest: the failing step and its later siblings are replaced in the live plan. */
async function applyReplan(rt: Runtime, s: Session, step: Step, stateId: string, error: ErrandError, steps: unknown[], note: string): Promise<boolean> {
  if (!s.run.plan) return false;
  let edit;
  try { edit = checkEdit(s.run.plan, step.id, 'replace-from', steps); } catch { return false; }
  applyEdit(s.run.plan, edit);
  const prefix = stateId.slice(0, stateId.length - step.id.length);
  for (const id of Object.keys(s.run.steps)) {
    if (edit.steps.some((n) => id === prefix + n.id || id.startsWith(`${prefix}${n.id}[`) || id.startsWith(`${prefix}${n.id}.`))) delete s.run.steps[id];
  }
  const old = s.run.steps[stateId];
  if (old) Object.assign(old, { status: 'skipped', error: error.toJSON(), finishedAt: rt.deps.clock.now() });
  await emit(rt, s, { type: 'step.injected', stepId: stateId, message: `Re-planned the rest: ${note}`, data: { reason: 'replan', replaced: edit.removed.map((r) => r.id), steps: edit.steps.map((n) => ({ id: n.id, kind: n.kind, description: n.description })) } });
  await save(rt, s);
  return true;
}

/**
 * Runs one page step through the driver with write-ahead state, retries (RetryPolicy, site
 * breaker) and recoveries (see recovery.ts). `endOnMissing` (paginate's next click) turns an
 * ElementNotFound into a normal end. Returns how the step ended; throws Halt when the run stops.
 */
export async function runPageStep(rt: Runtime, s: Session, step: PageStep, stateId: string, scope: Scope, options: { cursorAfter?: number; endOnMissing?: boolean } = {}): Promise<'done' | 'skipped' | 'ended'> {
  const origin = originOf(s.ctx.page.url);
  const tabId = s.ctx.page.tabId ?? s.run.tabId ?? 0;
  let current = await prepareLocator(rt, step, origin);
  await markStarted(rt, s, step, stateId);
  const policy = rt.policy.forStep(step.retry);
  const site = origin ? rt.breakers.site(origin) : undefined;
  const tried = new Set<RecoveryKind>();
  let plainAttempts = 1;
  let via: string | undefined;
  for (;;) {
    let err: ErrandError;
    try {
      const result = await rt.deps.driver.perform(current, tabId, s.cancel.signal);
      site?.success();
      const output = await succeeded(rt, s, step, current, result, origin);
      if (via) await emit(rt, s, { type: 'step.recovered', stepId: stateId, attempt: stateOf(s, stateId).attempts, message: `${step.description}: worked after ${via}`, data: { via } });
      scope.ctx.setOutput(step.id, output);
      await markFinished(rt, s, step, stateId, output, { cursorAfter: options.cursorAfter, locatorUsed: result.locatorUsed, ctxSnapshot: () => scope.ctx.snapshot() });
      return 'done';
    } catch (e) {
      if (e instanceof Halt || e instanceof PlanChanged || isCancel(e, s)) throw isCancel(e, s) ? new CancelledError() : e;
      err = asErrandError(e);
    }
    // The last page has no "Next", or a disabled one: either way pagination is over.
    const noNext = err.category === 'element-missing' || (err.category === 'not-interactable' && err.details.reason === 'disabled');
    if (options.endOnMissing && noNext) {
      await markSkipped(rt, s, step, stateId, 'no next page', { cursorAfter: options.cursorAfter });
      return 'ended';
    }
    if (SITE_TROUBLE.has(err.category)) site?.failure();
    // A banner that covers the element will not go away by waiting: close it (a recovery) at once.
    const decision = hasWayOut(err) ? { retry: false as const, delayMs: 0 } : policy.decide(err, plainAttempts);
    if (decision.retry && (site?.allows() ?? true)) {
      await markRetrying(rt, s, stateId, { delayMs: decision.delayMs, category: err.category, error: err.toJSON(), recovery: 'retry' }, `${err.message}; trying again in ${decision.delayMs} ms`);
      await waitBeforeRetry(rt, s, stateId, decision.delayMs);
      plainAttempts++;
      via ??= 'retry';
      continue;
    }
    const recover = () => nextRecovery(rt, s, { step: current, original: step, error: err, tried, canReplan: scope.editable, tabId });
    let action = rt.config.flags.advancedRetry && !s.cancel.signal.aborted ? await recover() : undefined;
    while (action?.kind === 'replan') {
      if (await applyReplan(rt, s, step, stateId, err, action.steps, action.note)) throw new PlanChanged();
      action = await recover();
    }
    if (action) {
      await markRetrying(rt, s, stateId, { category: err.category, error: err.toJSON(), recovery: action.kind }, `${err.message}; ${action.note}`);
      await runBefore(rt, s, stateId, action, tabId);
      current = action.step;
      via = action.kind;
      continue;
    }
    await giveUp(rt, s, step, stateId, err, options.cursorAfter);
    return 'skipped';
  }
}
