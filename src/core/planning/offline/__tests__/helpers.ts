import { PlanSchema, type Plan, type Step } from '../../../plan';
import type { PageSnapshot } from '../../../ports';
import { createOfflinePlanner } from '../offline-planner';

const NOW = Date.UTC(2025, 5, 11, 12);
let ids = 0;
const planner = createOfflinePlanner({ ids: { next: (p) => `${p}-${++ids}` } });

/** Plans a goal offline and checks the plan against PlanSchema; fails the test with the reason otherwise. */
export function planFor(goal: string, snapshot?: PageSnapshot, params?: Record<string, unknown>): Plan {
  const r = planner.tryPlan({ goal, snapshot, params, parsed: undefined, url: snapshot?.url });
  if ('reason' in r) throw new Error(`no plan for "${goal}": ${r.reason}`);
  expect(PlanSchema.parse(JSON.parse(JSON.stringify(r.plan)))).toEqual(r.plan);
  return r.plan;
}

/** The reason the offline planner gives for not planning a goal (fails when it plans). */
export function refusalFor(goal: string, snapshot?: PageSnapshot, params?: Record<string, unknown>): string {
  const r = planner.tryPlan({ goal, snapshot, params });
  if ('plan' in r) throw new Error(`unexpected plan for "${goal}": ${JSON.stringify(r.plan.steps)}`);
  return r.reason;
}

/** Steps in execution order, nested steps after their parent. */
export function flat(steps: Step[]): Step[] {
  return steps.flatMap((s) => ('steps' in s ? [s, ...flat(s.steps)] : [s]));
}

/** "kind:…" summary of a plan's steps, nested ones in brackets. */
export function shape(steps: Step[]): string[] {
  return steps.map((s) => ('steps' in s ? `${s.kind}[${shape(s.steps).join(',')}]` : s.kind));
}

export { NOW };
