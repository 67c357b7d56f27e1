import type { AiProvider, Planner } from '../core/ports';

/**
 * The Planner port on top of an AI provider (source 'ai'): one generatePlan call. It never returns
 * null; provider failures are thrown as named errors so a fallback chain can move on.
 * @example const planners = [templatePlanner, cachePlanner, createAiPlanner(provider), offlinePlanner];
 */
export function createAiPlanner(provider: AiProvider): Planner {
  return {
    source: 'ai',
    plan: (req) => provider.generatePlan(req),
  };
}
