import type { PageSnapshot } from '../../core/ports';
import type { SerializedError } from '../../core/errors';
import type { Plan, Step } from '../../core/plan';
import type { ChatMessage } from '../types';
import { LOCATOR_FORMAT, STEP_FORMAT } from './plan-format';
import { renderSnapshot, type SnapshotBudget } from './snapshot-text';
import { UNTRUSTED_RULE, wrapUntrusted } from './untrusted';

/** Prompt version for recovery suggestions. */
export const version = 'recover-v1';

/** What the recovery prompt is built from. */
export interface RecoveryInput {
  error: SerializedError;
  plan: Plan;
  stepId: string;
  snapshot?: PageSnapshot;
  budget?: SnapshotBudget;
}

/** A worked example: a cookie banner covered the button, so dismiss it and click again. */
export const RECOVERY_EXAMPLE = {
  situation: 'click on "Add to cart" failed: element covered by a cookie banner',
  answer: { steps: [
    { id: 'r1', kind: 'click', description: 'Accept the cookie banner', optional: true, target: { description: 'cookie accept button', strategies: [{ role: 'button', name: 'Accept' }, { text: 'Accept all' }] } },
    { id: 'r2', kind: 'click', description: 'Add to cart', target: { description: 'add to cart button', strategies: [{ role: 'button', name: 'Add to cart' }] } },
  ] },
};

/** The system prompt for proposing replacement steps. */
export function systemPrompt(): string {
  return `A step of an Errand plan failed while it ran in the person's tab. Propose steps that replace the failed step and reach the same outcome.
Answer with ONE JSON object and nothing else: {"steps":[Step…]} with 1–5 steps. Use new ids (r1, r2…) that the plan does not use yet.
${STEP_FORMAT}
${LOCATOR_FORMAT}
Never add sites the plan's origins do not list, never drop a confirmation, keep "risk":"high" on risky actions. If nothing can work, answer one askUser step (mode "input") that says what the person should do.
Example for ${RECOVERY_EXAMPLE.situation}: ${JSON.stringify(RECOVERY_EXAMPLE.answer)}
${UNTRUSTED_RULE}`;
}

function outline(steps: Step[], depth = 0): string[] {
  return steps.flatMap((s) => [
    `${'  '.repeat(depth)}${s.id} ${s.kind}: ${s.description}`,
    ...('steps' in s && Array.isArray(s.steps) ? outline(s.steps, depth + 1) : []),
  ]);
}

function findStep(steps: Step[], id: string): Step | undefined {
  for (const s of steps) {
    if (s.id === id) return s;
    const inner = 'steps' in s && Array.isArray(s.steps) ? findStep(s.steps, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** The conversation for one recovery call. Error details (nearby candidates) are page data. */
export function build(input: RecoveryInput): ChatMessage[] {
  const failed = findStep(input.plan.steps, input.stepId);
  // The message and details can quote page text (candidate names), so they go in the untrusted block.
  const page = [
    `Error message: ${input.error.message}`,
    input.error.details && Object.keys(input.error.details).length ? `Error details: ${JSON.stringify(input.error.details)}` : '',
    input.snapshot ? renderSnapshot(input.snapshot, input.budget) : '',
  ].filter(Boolean).join('\n');
  const user = [
    `Goal: ${input.plan.goal.replace(/\s+/g, ' ')}`,
    `Plan origins: ${input.plan.origins.join(', ') || 'none listed'}`,
    `Plan steps:\n${outline(input.plan.steps).join('\n')}`,
    `Failed step: ${JSON.stringify(failed ?? { id: input.stepId })}`,
    `Error: ${input.error.name} (${input.error.category})`,
    `Error and page at the time of the error:\n${wrapUntrusted(page, { source: input.snapshot?.url })}`,
  ].join('\n');
  return [{ role: 'system', content: systemPrompt() }, { role: 'user', content: user }];
}
