import type { Plan } from '../plan';
import type { PageSnapshot, Planner } from '../ports';
import { FallbackChain, withRetry } from '../retry';
import { parseGoal } from '../planning';
import { validatePlan } from './validate-plan';
import { addUsage, emit, type Runtime, type Session } from './runtime';

/** Planners allowed by the flags: no AI planner when aiPlanning is off, no templates when templates are off. */
export function enabledPlanners(rt: Runtime): Planner[] {
  return rt.deps.planners.filter((p) => (rt.config.flags.aiPlanning || p.source !== 'ai') && (rt.config.flags.templates || p.source !== 'template'));
}

/**
 * Asks the planners in order (a fallback chain keyed per planner, with breakers): the first that
 * returns a plan which validates wins; usage of every call counts. Transient failures (network,
 * rate limit) are retried with the run's policy first; a planner that still fails or returns an
 * invalid plan is passed over. Throws FallbackExhausted (with suggestions) when none did.
 */
export async function planRun(rt: Runtime, s: Session): Promise<{ plan: Plan; source: string; fallbacks: unknown[] }> {
  const planners = enabledPlanners(rt);
  const { run } = s;
  let snapshot: PageSnapshot | undefined;
  if (planners.length && run.tabId !== undefined) {
    try { snapshot = await rt.deps.driver.snapshot(run.tabId); } catch { snapshot = undefined; }
  }
  const seen = new Map<string, number>();
  const members = planners.map((p) => {
    const n = (seen.get(p.source) ?? 0) + 1;
    seen.set(p.source, n);
    return { id: n === 1 ? p.source : `${p.source}-${n}`, value: p };
  });
  // The chain's order is the person's (AI before offline when a provider is set): one failure must
  // not put the offline planner first from then on; only a planner whose breaker is open is skipped.
  const chain = new FallbackChain(members, { what: 'planner', breakers: rt.breakers, keyOf: (id) => `planner:${id}`, order: 'given' });
  // Parsed once for every planner: the AI planner puts its summary (entities, constraints) in the prompt.
  const parsed = parseGoal(run.goal, { url: run.startUrl, now: rt.deps.clock.now() });
  const { result, member } = await chain.run(async (planner, m) => {
    const answer = await withRetry(() => planner.plan({ goal: run.goal, url: run.startUrl, params: run.inputs, parsed, snapshot, signal: s.cancel.signal }), {
      policy: rt.policy, clock: rt.deps.clock, signal: s.cancel.signal,
      onRetry: async (attempt, error, delayMs) => {
        const message = `Planner ${m.id}: ${error.message}; trying again in ${delayMs} ms`;
        await emit(rt, s, { type: 'step.retrying', attempt, message, data: { phase: 'planning', planner: m.id, delayMs, error: error.toJSON() } });
      },
    });
    if (!answer) return null;
    addUsage(run, answer.usage);
    return validatePlan(answer.plan);
  });
  return { plan: result, source: member.id, fallbacks: chain.failures() };
}
