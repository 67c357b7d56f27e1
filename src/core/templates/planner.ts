import type { Ids, Planner, PlanRequest } from '../ports';
import type { Intent } from '../plan';
import { ErrandError } from '../errors';
import type { Template } from './schema';
import type { TemplateLookup } from './materialize';
import { matchGoal, type ParsedGoalLike } from './goal-match';
import { instantiateTemplate } from './instantiate';

/** Below this match score the template planner steps aside for the cache / AI planners. */
export const CONFIDENT_MATCH = 0.75;

/** Options of the template planner. */
export interface TemplatePlannerOptions { threshold?: number; ids?: Ids }

/**
 * The Planner port backed by the template registry (source 'template'): when a goal matches a
 * template confidently and every required parameter is known, it returns the instantiated plan
 * with zero model calls; otherwise null so the next planner in the chain is asked.
 * `parseGoal` is used when the request carries no parsed goal; it may be sync or async.
 */
export function createTemplatePlanner(
  registry: TemplateLookup & { list(): Template[] },
  parseGoal: (goal: string) => ParsedGoalLike | Promise<ParsedGoalLike>,
  options: TemplatePlannerOptions = {},
): Planner {
  const threshold = options.threshold ?? CONFIDENT_MATCH;
  return {
    source: 'template',
    async plan(req: PlanRequest & { intent?: Intent }) {
      const parsed = (req.parsed as ParsedGoalLike | undefined) ?? (await parseGoal(req.goal));
      const goal = { ...parsed, intent: parsed.intent ?? req.intent };
      const page = { url: req.snapshot?.url ?? req.url, title: req.snapshot?.title };
      const match = matchGoal(registry, goal, { goal: req.goal, page, params: req.params });
      if (!match || match.score < threshold || match.missing.length) return null;
      try {
        const plan = instantiateTemplate(match.template, match.params, {
          registry, ids: options.ids, goal: req.goal, intent: goal.intent as Intent | undefined, confidence: match.score,
        });
        return { plan, usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 } };
      } catch (e) {
        // A template that cannot be filled for this goal is not a plan; let the next planner try.
        if (e instanceof ErrandError && e.category === 'validation') return null;
        throw e;
      }
    },
  };
}
