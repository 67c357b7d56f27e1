import { createOfflinePlanner } from '../../src/core/planning';
import type { PlannerFn } from './planner-mode';

const offline = createOfflinePlanner();

/**
 * Planner mode backed by Errand's offline planner, so examples and the headless runner can run
 * "with a provider" deterministically: `npx tsx tests/ai-server/cli.ts --port 8787 --planner offline`.
 * Returns null (the server then answers a one-step askUser plan) when the offline planner declines.
 */
export const offlinePlannerMode: PlannerFn = (input) =>
  offline.plan({ goal: input.goal, url: input.url, params: input.params, snapshot: input.snapshot });
