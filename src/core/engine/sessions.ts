import type { Plan } from '../plan';
import type { RunRecord } from '../run';
import { ErrandError, serializeError } from '../errors';
import { FallbackExhausted, asErrandError, suggestionsFor } from '../retry';
import { FINAL_STATUSES } from '../run';
import { Halt, applyHalt, isCancel } from './halt';
import { planRun } from './planning';
import { checkPlanOnPage, lowerConfidenceOfMissing, summarizeChecks } from './locator-check';
import { startLoop } from './run-loop';
import { transition } from './run-status';
import { emit, newSession, save, type Runtime, type Session } from './runtime';
import type { StartInput } from './types';

/** A copy of the run for callers (they must not hold the live object). */
export function copyOf(s: Session): RunRecord {
  return structuredClone(s.run);
}

/**
 * The session of a run: the live one, or one loaded from the store. Loading reconciles `lastSeq`
 * with the stored events, so numbering continues without a gap after a crash.
 */
export async function sessionFor(rt: Runtime, runId: string): Promise<Session> {
  const live = rt.sessions.get(runId);
  if (live) return live;
  const run = await rt.deps.store.getRun(runId);
  if (!run) throw new ErrandError(`There is no run ${runId}`, 'validation', { runId });
  const later = await rt.deps.store.getEvents(runId, run.lastSeq);
  if (later.length) run.lastSeq = later[later.length - 1].seq;
  const s = newSession(run);
  rt.sessions.set(runId, s);
  return s;
}

/** Creates and stores a new run in `planning`, and announces it (run.started). */
export async function createRun(rt: Runtime, input: StartInput, extra: Partial<RunRecord> = {}, eventData: Record<string, unknown> = {}): Promise<Session> {
  const now = rt.deps.clock.now();
  const run: RunRecord = {
    id: rt.deps.ids.next('run'), goal: input.goal, status: 'planning', createdAt: now, updatedAt: now,
    tabId: input.tabId, startUrl: input.startUrl, currentUrl: input.startUrl, cursor: 0, steps: {},
    inputs: { ...input.params }, suggestions: [], usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 }, lastSeq: 0,
    ...extra,
  };
  const s = newSession(run);
  rt.sessions.set(run.id, s);
  await save(rt, s);
  await emit(rt, s, { type: 'run.started', message: input.goal, data: { tabId: input.tabId, startUrl: input.startUrl, ...eventData } });
  return s;
}

/**
 * Plans the run (unless a plan is given), announces plan.ready, and moves it to
 * awaiting-approval — or running, with its loop started, when `autoApprove`.
 * Planning failures end the run `failed` with suggestions.
 */
export async function planAndQueue(rt: Runtime, s: Session, options: { plan?: Plan; autoApprove?: boolean }): Promise<RunRecord> {
  let plan = options.plan;
  let data: Record<string, unknown> = { source: plan?.source };
  if (!plan) {
    try {
      const planning = planRun(rt, s);
      s.planning = planning;
      const r = await planning;
      plan = r.plan;
      data = { source: r.source, fallbacks: r.fallbacks };
    } catch (e) {
      if (FINAL_STATUSES.includes(s.run.status)) return copyOf(s);
      if (isCancel(e, s)) return copyOf(s);
      const err = asErrandError(e);
      const suggestions = e instanceof FallbackExhausted ? e.suggestions : suggestionsFor(serializeError(err));
      await applyHalt(rt, s, new Halt('failed', { error: err, suggestions, message: `No plan: ${err.message}` }));
      rt.sessions.delete(s.run.id); // finished: the store is the truth from now on
      return copyOf(s);
    } finally {
      s.planning = undefined;
    }
  }
  if (FINAL_STATUSES.includes(s.run.status)) return copyOf(s);
  if (!options.autoApprove) {
    const checked = await checkOnPage(rt, s, plan);
    if (!checked) return copyOf(s);
    plan = checked.plan;
    if (checked.summary) data.locators = checked.summary;
  }
  if (FINAL_STATUSES.includes(s.run.status)) return copyOf(s);
  s.run.plan = plan;
  await emit(rt, s, { type: 'plan.ready', message: `${plan.steps.length} step(s)`, data: { ...data, steps: plan.steps.length, confidence: plan.confidence, usage: s.run.usage } });
  transition(s.run, options.autoApprove ? 'running' : 'awaiting-approval', rt.deps.clock.now());
  await save(rt, s);
  if (options.autoApprove) void startLoop(rt, s);
  return copyOf(s);
}

/**
 * Before the person approves: are the plan's elements on the start page? Stores the result per
 * step on the run and lowers the confidence of steps whose element is missing. Undefined when
 * the run was cancelled meanwhile.
 */
async function checkOnPage(rt: Runtime, s: Session, plan: Plan): Promise<{ plan: Plan; summary?: ReturnType<typeof summarizeChecks> & { ms: number } } | undefined> {
  const probe = rt.deps.probeLocator;
  if (!probe || s.run.tabId === undefined) return { plan };
  const started = rt.deps.clock.now();
  const checking = checkPlanOnPage(plan, { probe, tabId: s.run.tabId, signal: s.cancel.signal, params: { ...plan.params, ...s.run.inputs } });
  s.planning = checking;
  try {
    const checks = await checking;
    if (!Object.keys(checks).length) return { plan };
    s.run.locatorChecks = checks;
    return { plan: lowerConfidenceOfMissing(plan, checks), summary: { ...summarizeChecks(checks), ms: rt.deps.clock.now() - started } };
  } catch {
    // Only a cancellation ends the check early; anything else leaves the plan unchecked.
    return FINAL_STATUSES.includes(s.run.status) ? undefined : { plan };
  } finally {
    s.planning = undefined;
  }
}
