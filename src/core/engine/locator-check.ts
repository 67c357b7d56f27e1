import type { Locator, Plan, Step } from '../plan';
import type { LocatorCheck } from '../run';
import type { LocatorProbe } from '../ports';
import { substitute, type ValueSource } from '../context';
import { asErrandError } from '../retry';

/** Confidence a step keeps at most when its element is not on the page. */
export const MISSING_CONFIDENCE = 0.3;

/** What checking a plan against the live page needs. */
export interface PlanCheckInput {
  probe: LocatorProbe;
  tabId: number;
  signal: AbortSignal;
  /** Values for `{{param.x}}` in locators (the run's inputs over the plan's params). */
  params: Record<string, unknown>;
  /** Upper bound on probes; later locators stay unchecked. Default 24. */
  maxProbes?: number;
}

/** Counts per status, for the plan.ready event. */
export interface LocatorCheckSummary { found: number; missing: number; unchecked: number }

interface Named { label: string; locator: Locator }

/** The locators a step needs on the page it runs on (paginate: its next-page control). */
function locatorsOf(step: Step): Named[] {
  switch (step.kind) {
    case 'click': case 'type': case 'select': case 'check': case 'hover':
      return [{ label: 'target', locator: step.target }];
    case 'press': case 'scroll':
      return step.target ? [{ label: 'target', locator: step.target }] : [];
    case 'wait':
      return step.for.kind === 'element' && step.for.state === 'visible' ? [{ label: 'target', locator: step.for.target }] : [];
    case 'extract':
      return [
        ...(step.target ? [{ label: 'target', locator: step.target }] : []),
        ...Object.entries(step.fields ?? {}).map(([key, locator]) => ({ label: `field "${key}"`, locator })),
      ];
    case 'paginate':
      return [{ label: 'next page', locator: step.next }];
    default:
      return [];
  }
}

/** True when the page after this step may not be the page it started on. */
function mayChangePage(step: Step): boolean {
  switch (step.kind) {
    case 'navigate': case 'openTab': case 'switchTab': case 'click': case 'press': case 'hover':
    case 'useTemplate': case 'forEach': case 'paginate':
      return true;
    case 'type':
      return step.pressEnter;
    case 'wait':
      return step.for.kind === 'url';
    default:
      return false;
  }
}

function paramSource(params: Record<string, unknown>): ValueSource {
  return { param: (name) => params[name], output: () => undefined, variable: () => undefined, hasVariable: () => false };
}

/**
 * Looks for every step's elements on the page the run starts on, without acting, so the preview
 * can flag a locator that does not resolve before the person approves. Steps that run after a
 * step that may change the page (navigate, click, a loop…) are `unchecked`, as are locators that
 * need step outputs or loop variables. A probe that cannot ask the page leaves the rest unchecked.
 * Only a cancellation is thrown.
 * @example const checks = await checkPlanOnPage(plan, { probe, tabId, signal, params: run.inputs });
 */
export async function checkPlanOnPage(plan: Plan, input: PlanCheckInput): Promise<Record<string, LocatorCheck>> {
  const checks: Record<string, LocatorCheck> = {};
  const source = paramSource(input.params);
  let budget = input.maxProbes ?? 24;
  let broken: string | undefined;

  async function probeOne({ label, locator }: Named): Promise<LocatorCheck> {
    let resolved: Locator | undefined;
    try {
      resolved = substitute(locator, source) as Locator;
    } catch {
      resolved = undefined;
    }
    // Step outputs, loop variables and secrets exist only while running; secrets never leave the page driver.
    if (!resolved || JSON.stringify(resolved).includes('{{secret.')) {
      return { status: 'unchecked', note: `the ${label} depends on values known only while running` };
    }
    if (broken) return { status: 'unchecked', note: broken };
    if (budget <= 0) return { status: 'unchecked', note: 'too many elements to check before approval' };
    budget--;
    try {
      const r = await input.probe(resolved, input.tabId, input.signal);
      return r.found ? { status: 'found', strategy: r.strategy } : { status: 'missing', note: `${label} not found: ${resolved.description}` };
    } catch (e) {
      const err = asErrandError(e);
      if (err.category === 'cancelled' || input.signal.aborted) throw err;
      broken = `could not check the page: ${err.message}`;
      return { status: 'unchecked', note: broken };
    }
  }

  async function checkStep(step: Step): Promise<LocatorCheck> {
    let first: LocatorCheck | undefined;
    for (const named of locatorsOf(step)) {
      const c = await probeOne(named);
      if (c.status !== 'found') return c;
      first ??= c;
    }
    return first!;
  }

  /** `stale` says why the page may no longer be the start page (undefined while it still is). */
  async function walk(steps: readonly Step[], stale: string | undefined): Promise<void> {
    let why = stale;
    for (const step of steps) {
      if (locatorsOf(step).length) checks[step.id] = why ? { status: 'unchecked', note: why } : await checkStep(step);
      if (step.kind === 'paginate') await walk(step.steps, why);
      if (step.kind === 'forEach') await walk(step.steps, why ?? `runs inside the loop "${step.description}"`);
      if (!why && mayChangePage(step)) why = `runs after "${step.description}", which may change the page`;
    }
  }

  await walk(plan.steps, undefined);
  return checks;
}

/** Counts of found, missing and unchecked steps. */
export function summarizeChecks(checks: Record<string, LocatorCheck>): LocatorCheckSummary {
  const summary: LocatorCheckSummary = { found: 0, missing: 0, unchecked: 0 };
  for (const c of Object.values(checks)) summary[c.status]++;
  return summary;
}

/** The plan with the confidence of steps whose element is missing (and of the plan) lowered to MISSING_CONFIDENCE at most. */
export function lowerConfidenceOfMissing(plan: Plan, checks: Record<string, LocatorCheck>): Plan {
  const missing = (id: string) => checks[id]?.status === 'missing';
  const lower = (steps: Step[]): Step[] => steps.map((s) => {
    const next = missing(s.id) ? { ...s, confidence: Math.min(s.confidence, MISSING_CONFIDENCE) } : { ...s };
    if (next.kind === 'paginate' || next.kind === 'forEach') next.steps = lower(next.steps);
    return next as Step;
  });
  if (!Object.keys(checks).some(missing)) return plan;
  return { ...plan, steps: lower(plan.steps), confidence: Math.min(plan.confidence, MISSING_CONFIDENCE) };
}
