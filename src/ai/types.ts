import type { Usage } from '../core/run';

/** One chat message as OpenAI-compatible servers take it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A JSON schema with the name servers want for structured output. */
export interface NamedJsonSchema {
  name: string;
  schema: Record<string, unknown>;
}

/** The text of one model answer and what it cost. */
export interface ModelAnswer {
  content: string;
  usage: Usage;
  /** 'length' means the answer was cut off at the output token limit. */
  finishReason?: string;
}

/** What every provider backend offers the shared task runner: one model call. */
export type CompleteFn = (
  messages: ChatMessage[],
  options: { schema: NamedJsonSchema; signal?: AbortSignal; purpose: 'plan' | 'selectors' | 'recovery'; stream?: boolean },
) => Promise<ModelAnswer>;
