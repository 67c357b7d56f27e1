/** One scripted answer of the test server. Everything is optional: `{}` is an empty 200 answer. */
export interface ScriptedReply {
  /** HTTP status (default 200). */
  status?: number;
  headers?: Record<string, string>;
  /** The assistant message content. */
  content?: string;
  /** Shorthand for `content: JSON.stringify(json)`. */
  json?: unknown;
  /** Raw response body (string as is, anything else as JSON); replaces the completion envelope. */
  body?: unknown;
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Default 'stop'; 'length' marks an answer cut at the token limit. */
  finishReason?: string;
  /** Delay before the response headers are sent. */
  delayMs?: number;
  /** Delay between streamed chunks. */
  chunkDelayMs?: number;
  /** Characters per streamed chunk (default 24). */
  chunkSize?: number;
  /** Never answer; the request stays open until the client gives up or the server closes. */
  hang?: boolean;
  /** Destroy the socket without answering (a network error for the client). */
  dropConnection?: boolean;
}

const errorBody = (message: string, type: string, code?: string) => ({ error: { message, type, code: code ?? null, param: null } });

/** Ready-made scenarios for tests and example scripts. */
export const reply = {
  /** A JSON answer (the normal case). */
  json: (value: unknown, extra: ScriptedReply = {}): ScriptedReply => ({ json: value, ...extra }),
  /** A plain-text answer. */
  text: (content: string, extra: ScriptedReply = {}): ScriptedReply => ({ content, ...extra }),
  /** 429 with a retry-after header in seconds. */
  rateLimited: (retryAfterSeconds = 2): ScriptedReply => ({
    status: 429, headers: { 'retry-after': String(retryAfterSeconds) },
    body: errorBody('Rate limit reached for requests', 'requests', 'rate_limit_exceeded'),
  }),
  /** A server error (500 by default). */
  serverError: (status = 500): ScriptedReply => ({ status, body: errorBody('The server had an error while processing your request.', 'server_error') }),
  /** 401 as OpenAI sends it for a bad key. */
  unauthorized: (): ScriptedReply => ({ status: 401, body: errorBody('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key') }),
  /** 404 for an unknown model. */
  modelNotFound: (model: string): ScriptedReply => ({ status: 404, body: errorBody(`The model \`${model}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found') }),
  /** Any reply, delayed before its headers. */
  slow: (delayMs: number, r: ScriptedReply): ScriptedReply => ({ ...r, delayMs }),
  /** Never answers (until the server closes). */
  hang: (): ScriptedReply => ({ hang: true }),
  /** Closes the connection without a response. */
  dropConnection: (): ScriptedReply => ({ dropConnection: true }),
  /** Brackets that close but do not make JSON. */
  malformed: (): ScriptedReply => ({ content: '{"intent": "search", "steps": [{"id": "s1",, "kind": click}] }' }),
  /** JSON wrapped in chatty prose. */
  prose: (value: unknown): ScriptedReply => ({
    content: `Sure! Here is the plan you asked for:\n${JSON.stringify(value, null, 2)}\nLet me know if you need anything else.`,
  }),
  /** JSON inside a ```json fence with a sentence before it. */
  fenced: (value: unknown): ScriptedReply => ({ content: `Here you go:\n\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\`` }),
  /** The first part of the JSON, cut at the token limit. */
  truncated: (value: unknown, keep = 0.6): ScriptedReply => {
    const text = JSON.stringify(value);
    return { content: text.slice(0, Math.max(1, Math.floor(text.length * keep))), finishReason: 'length' };
  },
  /** Valid JSON that is not a valid plan (an unknown step kind, a click without a target). */
  wrongSchema: (): ScriptedReply => ({
    json: { intent: 'search', confidence: 0.5, steps: [{ id: 's1', kind: 'teleport', description: 'Go somewhere' }, { id: 's2', kind: 'click', description: 'Click it' }] },
  }),
};
