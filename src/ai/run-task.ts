import { PlanInvalid, ProviderError } from '../core/errors';
import type { Usage } from '../core/run';
import { readJsonAnswer } from './json-answer';
import type { Checked } from './plan-answer';
import { MAX_ECHOED_ANSWER_CHARS, repairMessage } from './prompts/repair';
import type { ChatMessage, CompleteFn, NamedJsonSchema } from './types';
import { addUsage, emptyUsage } from './usage';

/** One thing asked of a model: the conversation, the answer's schema and how to check the answer. */
export interface ModelTask<T> {
  purpose: 'plan' | 'selectors' | 'recovery';
  /** Names the answer in error and repair messages ("plan", "list of steps"). */
  what: string;
  messages: ChatMessage[];
  schema: NamedJsonSchema;
  check(value: unknown): Checked<T>;
  stream?: boolean;
}

/**
 * Runs a task: one call on the happy path; when the answer is not JSON or fails its checks, one
 * repair round that sends the issues back. A cut-off answer is not repaired (it would be cut again).
 */
export async function runTask<T>(task: ModelTask<T>, complete: CompleteFn, options: { repairRounds?: number; signal?: AbortSignal } = {}): Promise<{ value: T; usage: Usage }> {
  const repairRounds = options.repairRounds ?? 1;
  let messages = task.messages;
  let usage = emptyUsage();
  for (let round = 0; ; round++) {
    const answer = await complete(messages, { schema: task.schema, signal: options.signal, purpose: task.purpose, stream: task.stream });
    usage = addUsage(usage, answer.usage);
    const json = readJsonAnswer(answer.content, answer.finishReason);
    let issues: string[];
    if (!json.ok && json.problem === 'truncated') {
      throw new ProviderError(
        `The AI answer was cut off before the ${task.what} was complete (${answer.usage.completionTokens} tokens). Try a shorter goal or raise the output token limit.`,
        'transient', { reason: 'truncated', usage },
      );
    }
    if (json.ok) {
      const checked = task.check(json.value);
      if (checked.ok) return { value: checked.value, usage };
      issues = checked.issues;
    } else {
      issues = [json.message];
    }
    if (round >= repairRounds) {
      const after = repairRounds > 0 ? ` after ${repairRounds} repair round${repairRounds > 1 ? 's' : ''}` : '';
      throw new PlanInvalid(`The AI ${task.what} was not valid${after}: ${issues[0]}`, {
        issues, usage, answer: answer.content.slice(0, 2000),
      });
    }
    messages = [
      ...task.messages,
      { role: 'assistant', content: answer.content.slice(0, MAX_ECHOED_ANSWER_CHARS) },
      { role: 'user', content: repairMessage(issues, task.what) },
    ];
  }
}
