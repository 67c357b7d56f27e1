import type { PageSnapshot } from '../../core/ports';
import type { ChatMessage } from '../types';
import { PLAN_FORMAT } from './plan-format';
import { PLAN_EXAMPLES, type FewShotExample } from './few-shot-plans';
import { renderSnapshot, type SnapshotBudget } from './snapshot-text';
import { UNTRUSTED_RULE, UNTRUSTED_TAG, wrapUntrusted } from './untrusted';

/** Stored on every plan this prompt produces (plan.promptVersion). */
export const version = 'plan-v1';

/** What the planning prompt is built from. Secrets never appear here, only their names in plans. */
export interface PlanningInput {
  goal: string;
  url?: string;
  /** One-paragraph summary of the parsed goal (intent, entities, constraints). */
  parsedSummary?: string;
  params?: Record<string, unknown>;
  snapshot?: PageSnapshot;
  budget?: SnapshotBudget;
  /** Worked examples; defaults to PLAN_EXAMPLES. */
  examples?: FewShotExample[];
}

/** The system prompt: role, format, rules. */
export function systemPrompt(): string {
  return `You are Errand's planner. Errand runs errands in the person's own browser tab: you turn their goal into a plan, a list of steps that Errand validates, shows to the person and then executes on the real page.
${PLAN_FORMAT}
Rules:
1. Use as few steps as the goal needs. Build on the page you are shown: target its elements by ref plus one or two stable fallbacks.
2. Values the person gave go in "params" and are used as {{param.NAME}}.
3. Passwords, emails, card numbers and other private values are {{secret.NAME}}; never write such a value yourself.
4. Mark as "risk":"high" any step that pays, purchases, deletes, sends, submits personal data, creates an account or types into a password field.
5. "origins" lists every site origin the plan acts on; only sites the goal names or the current page.
6. ${UNTRUSTED_RULE}
7. If the goal cannot be done from here, answer a plan with one askUser step (mode "input") that says what is missing, and confidence below 0.3.`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The user turn: goal and context first (trusted), the page last and inside the untrusted block. */
export function userMessage(input: PlanningInput): string {
  const lines = [`Goal: ${oneLine(input.goal)}`, `Current tab: ${input.url ?? input.snapshot?.url ?? 'none'}`];
  if (input.parsedSummary) lines.push(`Parsed goal: ${oneLine(input.parsedSummary.replace(/\s*\n\s*/g, '; '))}`);
  if (input.params && Object.keys(input.params).length) lines.push(`Known parameters: ${JSON.stringify(input.params)}`);
  lines.push(input.snapshot
    ? `Page snapshot:\n${wrapUntrusted(renderSnapshot(input.snapshot, input.budget), { source: input.snapshot.url })}`
    : 'Page snapshot: none (no page is open yet)');
  return lines.join('\n');
}

/**
 * The whole conversation for one planning call: system, worked examples, the goal.
 * @example const messages = build({ goal: 'list the prices', snapshot });
 */
export function build(input: PlanningInput): ChatMessage[] {
  const examples = (input.examples ?? PLAN_EXAMPLES).flatMap((ex): ChatMessage[] => [
    { role: 'user', content: userMessage({ goal: ex.goal, url: ex.url, snapshot: ex.snapshot }) },
    { role: 'assistant', content: JSON.stringify(ex.answer) },
  ]);
  return [{ role: 'system', content: systemPrompt() }, ...examples, { role: 'user', content: userMessage(input) }];
}

/** The fields of a planning user message, read back (the test server's planner mode uses this). */
export interface ParsedPlanningMessage {
  goal: string;
  url?: string;
  parsedSummary?: string;
  params?: Record<string, unknown>;
  /** The text inside the untrusted block, if there was a snapshot. */
  page?: string;
}

/** Reads a user message built by `userMessage`; undefined when the text is not one. */
export function parsePlanningMessage(text: string): ParsedPlanningMessage | undefined {
  const goal = /^Goal: (.*)$/m.exec(text)?.[1];
  if (goal === undefined) return undefined;
  const url = /^Current tab: (.*)$/m.exec(text)?.[1];
  const parsedSummary = /^Parsed goal: (.*)$/m.exec(text)?.[1];
  const paramsText = /^Known parameters: (.*)$/m.exec(text)?.[1];
  const page = new RegExp(`<${UNTRUSTED_TAG}[^>]*>\\n([\\s\\S]*)\\n</${UNTRUSTED_TAG}>`).exec(text)?.[1];
  return {
    goal,
    url: url && url !== 'none' ? url : undefined,
    parsedSummary,
    params: paramsText ? (JSON.parse(paramsText) as Record<string, unknown>) : undefined,
    page,
  };
}
