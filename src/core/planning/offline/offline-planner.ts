import type { Ids, Planner, PlanRequest } from '../../ports';
import { PlanSchema, type Intent, type Plan, type ParamValue } from '../../plan';
import type { Usage } from '../../run';
import type { ParsedGoal } from '../goal-parser/types';
import { ParsedGoalSchema } from '../goal-parser/types';
import { parseGoal } from '../goal-parser/parse-goal';
import { paramsFromParsed } from '../params';
import { explainCannotPlan } from './cannot-plan';
import { type Draft, type Refusal, StepIds, isRefusal, minConfidence } from './drafts';
import type { PlanContext } from './context';
import { planClick, planNavigate, planType } from './plan-interact';
import { planSearch } from './plan-search';
import { planFill } from './plan-fill';
import { planExtract, planMonitor } from './plan-extract';
import { planCompare } from './plan-compare';
import { planScroll } from './plan-scroll';

/** Version tag of the offline planner's plan shapes (stored in Plan.promptVersion). */
export const OFFLINE_PLANNER_VERSION = 'offline-1';
const NO_USAGE: Usage = { modelCalls: 0, promptTokens: 0, completionTokens: 0 };

const BY_INTENT: Partial<Record<Intent, (ctx: PlanContext) => Draft | Refusal>> = {
  click: planClick,
  type: planType,
  navigate: planNavigate,
  search: planSearch,
  fill: planFill,
  extract: planExtract,
  paginate: (ctx) => planExtract({ ...ctx, params: { pages: 'all', ...ctx.params } }),
  monitor: planMonitor,
  compare: planCompare,
  scroll: planScroll,
};

/** The offline planner: a Planner plus `tryPlan`, which says why when it cannot plan. */
export interface OfflinePlanner extends Planner {
  readonly source: 'offline';
  tryPlan(req: PlanRequest & { intent?: Intent }): { plan: Plan } | { reason: string };
}

/** Uses `req.parsed` when it is a ParsedGoal, else parses the goal text. */
export function parsedOf(req: PlanRequest & { intent?: Intent }): ParsedGoal {
  const given = ParsedGoalSchema.safeParse(req.parsed);
  const parsed = given.success ? given.data : parseGoal(req.goal, { url: req.url ?? req.snapshot?.url });
  return req.intent && req.intent !== parsed.intent ? { ...parsed, intent: req.intent } : parsed;
}

/** Request params that are valid plan param values. */
function requestParams(req: PlanRequest): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(req.params ?? {})) {
    const ok = ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    if (ok) out[k] = v as ParamValue;
  }
  return out;
}

/**
 * Creates the planner used when no AI provider is configured (and as the last fallback). It builds
 * plans for common goals from the parsed goal and the page snapshot, with no site special-casing,
 * and returns null rather than guess when the goal needs judgment.
 *
 * @example const planner = createOfflinePlanner(); await planner.plan({ goal: 'go to example.com' })
 */
export function createOfflinePlanner(deps: { ids?: Ids } = {}): OfflinePlanner {
  let counter = 0;
  const newId = () => deps.ids?.next('plan') ?? `plan-offline-${Date.now().toString(36)}-${++counter}`;
  const tryPlan: OfflinePlanner['tryPlan'] = (req) => {
    const parsed = parsedOf(req);
    const blocked = explainCannotPlan(parsed);
    if (blocked) return { reason: blocked };
    const build = BY_INTENT[parsed.intent]!;
    const ctx: PlanContext = {
      parsed,
      snapshot: req.snapshot,
      params: { ...paramsFromParsed(parsed), ...requestParams(req) },
      pageUrl: req.url ?? req.snapshot?.url,
      ids: new StepIds(),
    };
    const draft = build(ctx);
    if (isRefusal(draft)) return draft;
    const plan = PlanSchema.parse({
      id: newId(),
      goal: req.goal.slice(0, 2000),
      intent: parsed.intent,
      steps: draft.steps,
      params: draft.params,
      origins: draft.origins,
      confidence: Math.round(Math.min(parsed.confidence, minConfidence(draft.steps)) * 100) / 100,
      source: 'offline',
      promptVersion: OFFLINE_PLANNER_VERSION,
    }) as Plan;
    return { plan };
  };
  return {
    source: 'offline',
    tryPlan,
    async plan(req) {
      const r = tryPlan(req);
      return 'plan' in r ? { plan: r.plan, usage: { ...NO_USAGE } } : null;
    },
  };
}
