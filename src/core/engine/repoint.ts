import type { RunRecord } from '../run';
import { LocatorSchema, describeStrategy, type Locator } from '../plan';
import { ErrandError, PlanInvalid } from '../errors';
import { findStepList } from './plan-tree';
import { locatorOf, preferStrategies, withLocator } from './locators';
import { planIdOf } from './step-ids';
import { emit, save, type Runtime } from './runtime';
import { copyOf, sessionFor } from './sessions';

/** State id of the step a paused run stopped on (its failed step), if any. */
export function failedStepId(run: RunRecord): string | undefined {
  if (run.status !== 'paused') return undefined;
  const failed = Object.entries(run.steps).filter(([, st]) => st.status === 'failed');
  return failed.sort(([, a], [, b]) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0))[0]?.[0];
}

/**
 * Points a paused run's step at an element the person picked (issue 7): the picked strategies go
 * first, the plan's own ones stay after them, and the step's description is kept. Emits
 * `step.injected` with reason `picked`. `stepId` may be a state id (`each[1].c`): the plan step
 * is edited, so later iterations use the new locator too. Does not continue the run (see retry).
 */
export async function repointStep(rt: Runtime, runId: string, stepId: string, picked: Locator): Promise<RunRecord> {
  const s = await sessionFor(rt, runId);
  if (s.run.status !== 'paused' || !s.run.plan) throw new ErrandError(`Run ${runId} is not paused on a step (${s.run.status})`, 'validation', { runId });
  const parsed = LocatorSchema.safeParse(picked);
  if (!parsed.success) throw new PlanInvalid('The picked element has no usable locator', { issues: parsed.error.issues.map((i) => ({ stepId, field: 'target', message: i.message })) });
  const locator = parsed.data;
  const at = findStepList(s.run.plan.steps, planIdOf(stepId));
  const step = at?.list[at.index];
  const old = step && locatorOf(step);
  if (!at || !step || !old) throw new PlanInvalid(`Step ${stepId} has no element to pick`, { issues: [{ stepId, field: 'target', message: 'no locator' }] });
  const next = preferStrategies(old, locator.strategies) ?? old;
  at.list[at.index] = withLocator(step, next);
  await emit(rt, s, {
    type: 'step.injected', stepId,
    message: `${step.description}: now uses the element you picked (${locator.description})`,
    data: { reason: 'picked', strategies: locator.strategies.map(describeStrategy) },
  });
  await save(rt, s);
  return copyOf(s);
}
