import type { Planner } from '../core/ports';
import { hardenPlan } from '../core/safety/harden-plan';


/**
 * Lets a planner answer only when its plan is confident, so simple goals ("click the Add to cart
 * button") need no model call while uncertain ones go on to the AI planner. The same planner is
 * still the last fallback of the chain, unconditionally.
 */
export function confidentOnly(planner: Planner, threshold: number): Planner {
  return {
    source: planner.source,
    async plan(req) {
      const answer = await planner.plan(req);
      return answer && answer.plan.confidence >= threshold ? answer : null;
    },
  };
}

/** A planner that only answers while `enabled()` says so (feature flags that change at run time). */
export function onlyWhen(enabled: () => boolean, planner: Planner): Planner {
  return { source: planner.source, plan: async (req) => (enabled() ? planner.plan(req) : null) };
}

/** Applies the safety rules (risk flags, origins the goal names) to whatever a planner returns. */
export function hardened(planner: Planner): Planner {
  return {
    source: planner.source,
    async plan(req) {
      const answer = await planner.plan(req);
      return answer && { ...answer, plan: hardenPlan(answer.plan, { goal: req.goal, startUrl: req.url }) };
    },
  };
}
