import { parsePlanningMessage, type ParsedPlanningMessage } from '../../src/ai/prompts/task-planning';
import type { PageSnapshot } from '../../src/core/ports';
import type { ScriptedReply } from './replies';
import type { RecordedRequest } from './server';
import { parseSnapshotText } from './snapshot-text-parse';

/** What a planner function gets: the fields of the planning message, the page, the raw request. */
export interface PlannerInput extends ParsedPlanningMessage {
  /** The page as rebuilt from the prompt's untrusted block (undefined when none was sent). */
  snapshot?: PageSnapshot;
  request: RecordedRequest;
}

/**
 * Planner mode: returns the plan to answer with (a Plan, a plan without its envelope, or the
 * Planner port's `{ plan, usage }`), or null when it has none.
 */
export type PlannerFn = (input: PlannerInput) => unknown | Promise<unknown>;

interface Message { role?: string; content?: unknown }

/** The real planning message: the last user turn that reads as one (few-shot turns come earlier; repair turns later). */
export function findPlanningMessage(rec: RecordedRequest): ParsedPlanningMessage | undefined {
  const messages: Message[] = Array.isArray(rec.body?.messages) ? rec.body.messages : [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m.role !== 'user' || typeof m.content !== 'string') continue;
    const parsed = parsePlanningMessage(m.content);
    if (parsed) return parsed;
  }
  return undefined;
}

const cannotPlan = (goal: string) => ({
  intent: 'unknown', confidence: 0.1,
  steps: [{ id: 's1', kind: 'askUser', mode: 'input', description: 'Ask for more detail', message: `No plan for "${goal}"; please describe the steps.` }],
});

/** Answers a request in planner mode; requests that are not planning requests get a 400. */
export async function plannerReply(planner: PlannerFn, rec: RecordedRequest): Promise<ScriptedReply> {
  const input = findPlanningMessage(rec);
  if (!input) {
    return { status: 400, body: { error: { message: 'Planner mode answers planning requests only.', type: 'invalid_request_error' } } };
  }
  const snapshot = input.page ? parseSnapshotText(input.page) : undefined;
  const result = await planner({ ...input, snapshot, request: rec });
  const plan = result && typeof result === 'object' && 'plan' in result && !('steps' in result) ? (result as { plan: unknown }).plan : result;
  return { json: plan ?? cannotPlan(input.goal) };
}
