import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ScriptedReply } from './replies';
import { plannerReply, type PlannerFn } from './planner-mode';

export { reply, type ScriptedReply } from './replies';
export type { PlannerFn, PlannerInput } from './planner-mode';

/** One request as the server received it. Header names are lower-case. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  /** Parsed JSON body (undefined when there was none or it was not JSON). */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary request fields
  raw: string;
  at: number;
}

/** Decides the answer to a chat completion request. */
export type ReplyHandler = (req: RecordedRequest) => ScriptedReply | Promise<ScriptedReply>;

/** Options of `startAiTestServer`. */
export interface AiTestServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Replies served in order, before the handler and the planner. */
  replies?: ScriptedReply[];
  handler?: ReplyHandler;
  /** Planner mode: planning requests are answered with the plan this function returns. */
  planner?: PlannerFn;
  /** When set, requests without `Authorization: Bearer <apiKey>` get 401. */
  apiKey?: string;
  /** When set, other model names get 404 (and GET /v1/models lists these). */
  models?: string[];
}

/** A running test server. */
export interface AiTestServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** http://127.0.0.1:PORT/v1, what a provider's baseURL should be. */
  baseURL: string;
  port: number;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Only the POST /v1/chat/completions requests. */
  completions(): RecordedRequest[];
  enqueue(...replies: ScriptedReply[]): void;
  setHandler(handler: ReplyHandler | undefined): void;
  setPlanner(planner: PlannerFn | undefined): void;
  /** Closes the server and every open connection (hanging requests included). */
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tokens = (text: string) => Math.ceil(text.length / 4);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { data += c; });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

function completionBody(r: ScriptedReply, req: RecordedRequest, content: string) {
  const usage = r.usage ?? { prompt_tokens: tokens(JSON.stringify(req.body?.messages ?? '')), completion_tokens: tokens(content) };
  return {
    id: `chatcmpl-test-${req.at}`, object: 'chat.completion', created: Math.floor(req.at / 1000), model: req.body?.model ?? 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: r.finishReason ?? 'stop', logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

async function sendStream(res: ServerResponse, r: ScriptedReply, req: RecordedRequest, content: string, closed: () => boolean) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', ...r.headers });
  const base = { id: `chatcmpl-test-${req.at}`, object: 'chat.completion.chunk', created: Math.floor(req.at / 1000), model: req.body?.model ?? 'test-model' };
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
  const size = r.chunkSize ?? 24;
  for (let i = 0; i < content.length; i += size) {
    if (r.chunkDelayMs) await wait(r.chunkDelayMs);
    if (closed()) return;
    send({ ...base, choices: [{ index: 0, delta: { content: content.slice(i, i + size) }, finish_reason: null }] });
  }
  send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: r.finishReason ?? 'stop' }] });
  if (req.body?.stream_options?.include_usage) {
    const usage = r.usage ?? { prompt_tokens: tokens(JSON.stringify(req.body?.messages ?? '')), completion_tokens: tokens(content) };
    send({ ...base, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
  }
  res.write('data: [DONE]\n\n');
  res.end();
}

/**
 * Starts a real OpenAI-compatible HTTP server on 127.0.0.1 for tests, examples and the headless
 * runner: scripted replies (errors, delays, hangs, broken JSON), request recording, planner mode.
 * @example const server = await startAiTestServer({ replies: [reply.json(plan)] }); // baseURL → provider
 */
export async function startAiTestServer(options: AiTestServerOptions = {}): Promise<AiTestServer> {
  const queue: ScriptedReply[] = [...(options.replies ?? [])];
  let handler = options.handler;
  let planner = options.planner;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  async function choose(rec: RecordedRequest): Promise<ScriptedReply> {
    const auth = rec.headers.authorization;
    if (options.apiKey && auth !== `Bearer ${options.apiKey}`) return { status: 401, body: { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } } };
    if (options.models && !options.models.includes(rec.body?.model)) {
      return { status: 404, body: { error: { message: `The model \`${rec.body?.model}\` does not exist.`, type: 'invalid_request_error', code: 'model_not_found' } } };
    }
    const next = queue.shift();
    if (next) return next;
    if (handler) return handler(rec);
    if (planner) return plannerReply(planner, rec);
    return { status: 500, body: { error: { message: 'The AI test server has no scripted reply left.', type: 'server_error' } } };
  }

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    let body: unknown;
    try { body = raw ? JSON.parse(raw) : undefined; } catch { body = undefined; }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    const path = (req.url ?? '/').split('?')[0];
    const rec: RecordedRequest = { method: req.method ?? 'GET', path, headers, body, raw, at: Date.now() };
    requests.push(rec);
    let closed = false;
    res.on('close', () => { closed = true; });

    if (rec.method === 'GET' && path === '/v1/models') {
      const ids = options.models ?? ['test-model'];
      return sendJson(res, 200, { object: 'list', data: ids.map((id) => ({ id, object: 'model', created: 0, owned_by: 'errand-test' })) });
    }
    if (rec.method !== 'POST' || path !== '/v1/chat/completions') return sendJson(res, 404, { error: { message: `No route ${rec.method} ${path}`, type: 'invalid_request_error' } });

    const r = await choose(rec);
    if (r.delayMs) await wait(r.delayMs);
    if (closed) return;
    if (r.hang) return; // the socket stays open until the client aborts or close() destroys it
    if (r.dropConnection) return void req.socket.destroy();
    const status = r.status ?? 200;
    if (status !== 200 || r.body !== undefined) return sendJson(res, status, r.body ?? '', r.headers);
    const content = r.content ?? (r.json !== undefined ? JSON.stringify(r.json) : '');
    if ((rec.body as { stream?: boolean } | undefined)?.stream) return sendStream(res, r, rec, content, () => closed);
    sendJson(res, 200, completionBody(r, rec, content), r.headers);
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: `AI test server failed: ${String(err)}`, type: 'server_error' } });
      else res.end();
    });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    url, baseURL: `${url}/v1`, port, requests,
    completions: () => requests.filter((r) => r.path === '/v1/chat/completions'),
    enqueue: (...replies) => { queue.push(...replies); },
    setHandler: (h) => { handler = h; },
    setPlanner: (p) => { planner = p; },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
