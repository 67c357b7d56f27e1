import type { Plan } from '../../core/plan';
import type { Usage } from '../../core/run';
import { sourceLabel } from '../format';

/** Who made the plan, how sure it is, which sites it touches and what it cost. */
export function PlanSummary({ plan, usage }: { plan: Plan; usage: Usage }) {
  const tokens = usage.promptTokens + usage.completionTokens;
  return (
    <dl class="facts">
      <dt>Made by</dt>
      <dd>{sourceLabel(plan.source)}</dd>
      <dt>Confidence</dt>
      <dd class={plan.confidence < 0.6 ? 'warn' : undefined}>{Math.round(plan.confidence * 100)}%</dd>
      <dt>Sites</dt>
      <dd>{plan.origins.length ? plan.origins.join(', ') : 'This page only'}</dd>
      <dt>Model use</dt>
      <dd>{usage.modelCalls === 0 ? 'No model calls' : `${usage.modelCalls} call${usage.modelCalls === 1 ? '' : 's'}, ${tokens.toLocaleString('en')} tokens`}</dd>
    </dl>
  );
}
