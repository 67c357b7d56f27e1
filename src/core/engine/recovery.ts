import { LocatorSchema, defaultTimeoutOf, type PageStep, type Step } from '../plan';
import type { PageSnapshot } from '../ports';
import { serializeError, type ErrandError, type ErrorCategory } from '../errors';
import { addUsage, type Runtime, type Session } from './runtime';
import { fittingCandidates, locatorOf, preferStrategies, toStrategies, withLocator } from './locators';

/** Recoveries the engine knows, beyond plain retries. */
export type RecoveryKind = 'dismiss-overlay' | 'wait-longer' | 'scroll-into-view' | 'alternative-locator' | 'replan';

/** A recovery ready to try: a changed step (maybe with steps to run first), or new steps for the rest. */
export type RecoveryAction =
  | { kind: 'wait-longer' | 'alternative-locator'; step: PageStep; note: string }
  | { kind: 'scroll-into-view' | 'dismiss-overlay'; step: PageStep; before: PageStep[]; note: string }
  | { kind: 'replan'; steps: unknown[]; note: string };

/** Which recoveries each error category gets, in order. Others (validation, permission…) get none. */
export const RECOVERIES: Partial<Record<ErrorCategory, RecoveryKind[]>> = {
  'element-missing': ['wait-longer', 'alternative-locator', 'replan'],
  'not-interactable': ['dismiss-overlay', 'scroll-into-view', 'wait-longer', 'alternative-locator', 'replan'],
  timeout: ['wait-longer', 'replan'],
  navigation: ['replan'],
};

/** What a recovery needs to know about the failure. */
export interface RecoveryInput {
  step: PageStep;
  original: Step;
  error: ErrandError;
  /** Recoveries already used for this step (each is tried once). */
  tried: Set<RecoveryKind>;
  /** False inside templates, whose steps are not part of the plan. */
  canReplan: boolean;
  tabId: number;
}

const MAX_TIMEOUT_MS = 120_000;

function shortId(id: string, suffix: string): string {
  return `${id.slice(0, 63 - suffix.length)}${suffix}`;
}

async function snapshotOrNothing(rt: Runtime, tabId: number): Promise<PageSnapshot | undefined> {
  try {
    return await rt.deps.driver.snapshot(tabId, { maxChars: 8000 });
  } catch {
    return undefined;
  }
}

function aiAllowed(rt: Runtime): boolean {
  return !!rt.deps.provider && rt.config.flags.aiPlanning;
}

async function alternativeLocator(rt: Runtime, s: Session, input: RecoveryInput): Promise<RecoveryAction | undefined> {
  const locator = locatorOf(input.step);
  if (!locator) return undefined;
  const fromPage = preferStrategies(locator, toStrategies(fittingCandidates(locator, input.error.details.candidates)));
  if (fromPage) return { kind: 'alternative-locator', step: withLocator(input.step, fromPage), note: 'trying elements the page suggested' };
  const provider = rt.deps.provider;
  if (!provider || !aiAllowed(rt)) return undefined;
  const snapshot = await snapshotOrNothing(rt, input.tabId);
  if (!snapshot) return undefined;
  try {
    const failed = locator.strategies.map((x) => JSON.stringify(x));
    const answer = await rt.breakers.provider(provider.id).run(() => provider.suggestSelectors(snapshot, { description: locator.description, failed }, s.cancel.signal));
    addUsage(s.run, answer.usage);
    const fromAi = preferStrategies(locator, toStrategies(answer.strategies));
    return fromAi && { kind: 'alternative-locator', step: withLocator(input.step, fromAi), note: `trying selectors suggested by ${provider.id}` };
  } catch {
    return undefined;
  }
}

async function replan(rt: Runtime, s: Session, input: RecoveryInput): Promise<RecoveryAction | undefined> {
  const provider = rt.deps.provider;
  if (!provider || !aiAllowed(rt) || !input.canReplan || !s.run.plan) return undefined;
  const snapshot = await snapshotOrNothing(rt, input.tabId);
  try {
    const plan = s.run.plan;
    const answer = await rt.breakers.provider(provider.id).run(() => provider.recoverFromError(serializeError(input.error), { plan, stepId: input.original.id, snapshot }, s.cancel.signal));
    addUsage(s.run, answer.usage);
    return answer.steps.length ? { kind: 'replan', steps: answer.steps, note: `${provider.id} proposed ${answer.steps.length} new step(s)` } : undefined;
  } catch {
    return undefined;
  }
}

/** True when the page agent named a valid way out of an overlay covering the element. */
export function hasWayOut(error: ErrandError): boolean {
  return LocatorSchema.safeParse(error.details.dismiss).success;
}

function build(rt: Runtime, s: Session, kind: RecoveryKind, input: RecoveryInput): RecoveryAction | undefined | Promise<RecoveryAction | undefined> {
  const { step } = input;
  const locator = locatorOf(step);
  switch (kind) {
    case 'wait-longer': {
      if (!locator && step.kind !== 'wait' && step.kind !== 'navigate') return undefined;
      const timeoutMs = Math.min(MAX_TIMEOUT_MS, (step.timeoutMs ?? defaultTimeoutOf(step.kind)) * 2);
      if (timeoutMs === step.timeoutMs) return undefined;
      return { kind, step: { ...step, timeoutMs }, note: `waiting longer (${Math.round(timeoutMs / 1000)} s)` };
    }
    case 'dismiss-overlay': {
      // The page agent names a harmless way out of a banner or pop-up that covers the element.
      const dismiss = LocatorSchema.safeParse(input.error.details.dismiss);
      if (!dismiss.success) return undefined;
      const close: PageStep = { id: shortId(step.id, '-close'), kind: 'click', target: dismiss.data, description: `Close the overlay: ${dismiss.data.description}`, confidence: 0.8, risk: 'low' };
      return { kind, step, before: [close], note: `closing ${dismiss.data.description} first` };
    }
    case 'scroll-into-view': {
      if (!locator) return undefined;
      const scroll: PageStep = { id: shortId(step.id, '-scroll'), kind: 'scroll', target: locator, direction: 'down', description: `Scroll ${locator.description} into view`, confidence: 1, risk: 'low' };
      return { kind, step, before: [scroll], note: 'scrolling it into view first' };
    }
    case 'alternative-locator': return alternativeLocator(rt, s, input);
    case 'replan': return replan(rt, s, input);
  }
}

/**
 * The next recovery for a failed step, by error category: wait longer, scroll into view, an
 * alternative locator (page candidates, then the AI provider), re-plan the rest (AI provider).
 * Each is tried once; undefined when none is left (the caller then asks the person).
 */
export async function nextRecovery(rt: Runtime, s: Session, input: RecoveryInput): Promise<RecoveryAction | undefined> {
  for (const kind of RECOVERIES[input.error.category] ?? []) {
    if (input.tried.has(kind)) continue;
    input.tried.add(kind);
    const action = await build(rt, s, kind, input);
    if (action) return action;
  }
  return undefined;
}
