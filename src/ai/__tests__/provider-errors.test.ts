import { CancelledError, ProviderError, TimeoutError } from '../../core/errors';
import { reply, startAiTestServer, type AiTestServer } from '../../../tests/ai-server/server';
import { createOpenAiProvider } from '../openai-provider';
import { retryAfterMs } from '../provider-errors';
import { providerFor, searchPlanAnswer } from './fixtures';

let server: AiTestServer;
beforeEach(async () => { server = await startAiTestServer(); });
afterEach(async () => { await server.close(); });

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e as ProviderError);

describe('provider errors become named Errand errors', () => {
  it('429 with retry-after → rate-limit with retryAfterMs, and no automatic retry', async () => {
    server.enqueue(reply.rateLimited(2));
    const err = await failure(providerFor(server).generatePlan({ goal: 'x' }));

    expect(err).toBeInstanceOf(ProviderError);
    expect(err.category).toBe('rate-limit');
    expect(err.details).toMatchObject({ status: 429, retryAfterMs: 2000 });
    expect(err.message).toMatch(/rate limiting requests; try again in 2 s/);
    expect(server.completions()).toHaveLength(1);
  });

  it('500 → transient', async () => {
    server.enqueue(reply.serverError(503));
    const err = await failure(providerFor(server).generatePlan({ goal: 'x' }));
    expect(err.category).toBe('transient');
    expect(err.details.status).toBe(503);
    expect(server.completions()).toHaveLength(1);
  });

  it('401 → permission: the API key was refused', async () => {
    await server.close();
    server = await startAiTestServer({ apiKey: 'the-right-key' });
    const err = await failure(providerFor(server).generatePlan({ goal: 'x' }));
    expect(err.category).toBe('permission');
    expect(err.message).toMatch(/API key was refused .*\(401\)/);
    expect(err.message).not.toContain('sk-test-key-123');
  });

  it('404 for the model → validation: model not found', async () => {
    await server.close();
    server = await startAiTestServer({ models: ['only-this-model'] });
    const err = await failure(providerFor(server).generatePlan({ goal: 'x' }));
    expect(err.category).toBe('validation');
    expect(err.message).toMatch(/Model "test-model" not found/);
  });

  it('another 4xx → validation with the server message', async () => {
    server.enqueue({ status: 400, body: { error: { message: 'context too long' } } });
    const err = await failure(providerFor(server, { structuredOutput: 'none' }).generatePlan({ goal: 'x' }));
    expect(err.category).toBe('validation');
    expect(err.message).toMatch(/rejected the request \(400\): context too long/);
    expect(server.completions()).toHaveLength(1);
  });

  it('a 400 to json_schema is retried once in JSON mode, which then sticks', async () => {
    const unsupported = { status: 400, body: { error: { message: 'response_format json_schema is not supported' } } };
    server.enqueue(unsupported, reply.json(searchPlanAnswer), reply.json(searchPlanAnswer));
    const provider = providerFor(server, { structuredOutput: 'json_schema' });
    await provider.generatePlan({ goal: 'x' });
    await provider.generatePlan({ goal: 'y' });

    const formats = server.completions().map((r) => r.body.response_format?.type);
    expect(formats).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('a second 400 after the downgrade is reported, not retried again', async () => {
    const bad = { status: 400, body: { error: { message: 'bad request' } } };
    server.enqueue(bad, bad);
    const err = await failure(providerFor(server, { structuredOutput: 'json_object' }).generatePlan({ goal: 'x' }));
    expect(err.category).toBe('validation');
    expect(server.completions().map((r) => r.body.response_format?.type)).toEqual(['json_object', undefined]);
  });

  it('a server that never answers → TimeoutError with a clear message', async () => {
    server.enqueue(reply.hang());
    const started = Date.now();
    const err = await failure(providerFor(server, { timeoutMs: 300 }).generatePlan({ goal: 'x' }));

    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.category).toBe('timeout');
    expect(err.message).toBe('AI request to Custom OpenAI-compatible (test-model) timed out after 300 ms');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a stream that goes silent times out; a slow but steady stream does not', async () => {
    server.enqueue(reply.json(searchPlanAnswer, { chunkSize: 40, chunkDelayMs: 120 }));
    const steady = await providerFor(server, { stream: true, timeoutMs: 300 }).generatePlan({ goal: 'x' });
    expect(steady.plan.steps).toHaveLength(2);

    server.enqueue(reply.json(searchPlanAnswer, { chunkSize: 40, chunkDelayMs: 600 }));
    const err = await failure(providerFor(server, { stream: true, timeoutMs: 300 }).generatePlan({ goal: 'x' }));
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it('slow headers within the deadline are fine', async () => {
    server.enqueue(reply.slow(150, reply.json(searchPlanAnswer)));
    const { plan } = await providerFor(server, { timeoutMs: 2000 }).generatePlan({ goal: 'x' });
    expect(plan.steps).toHaveLength(2);
  });

  it('aborting the signal cancels a hanging request with CancelledError', async () => {
    server.enqueue(reply.hang());
    const controller = new AbortController();
    const pending = failure(providerFor(server, { timeoutMs: 10_000 }).generatePlan({ goal: 'x', signal: controller.signal }));
    await vi.waitFor(() => expect(server.completions()).toHaveLength(1));
    controller.abort();

    const err = await pending;
    expect(err).toBeInstanceOf(CancelledError);
    expect(err.category).toBe('cancelled');
  });

  it('an already-aborted signal sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = await failure(providerFor(server).generatePlan({ goal: 'x', signal: controller.signal }));
    expect(err).toBeInstanceOf(CancelledError);
    expect(server.completions()).toHaveLength(0);
  });

  it('a dropped connection and an unreachable server → transient with a hint', async () => {
    server.enqueue(reply.dropConnection());
    const dropped = await failure(providerFor(server).generatePlan({ goal: 'x' }));
    expect(dropped.category).toBe('transient');

    const baseURL = server.baseURL;
    await server.close();
    const err = await failure(createOpenAiProvider({ preset: 'custom', baseURL, model: 'm' }).generatePlan({ goal: 'x' }));
    expect(err.category).toBe('transient');
    expect(err.message).toMatch(/Could not reach http:\/\/127\.0\.0\.1:\d+\/v1.*may access this host/);
    server = await startAiTestServer();
  });

  it('a preset that needs a key refuses to call without one', async () => {
    const provider = createOpenAiProvider({ preset: 'openai', baseURL: server.baseURL, model: 'gpt-test' });
    const err = await failure(provider.generatePlan({ goal: 'x' }));
    expect(err.category).toBe('permission');
    expect(err.message).toMatch(/No API key is set for OpenAI/);
    expect(server.completions()).toHaveLength(0);
  });
});

describe('retryAfterMs', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it('reads retry-after-ms, seconds and HTTP dates', () => {
    expect(retryAfterMs(headers({ 'retry-after-ms': '1500' }), 0)).toBe(1500);
    expect(retryAfterMs(headers({ 'retry-after': '3' }), 0)).toBe(3000);
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(retryAfterMs(headers({ 'retry-after': 'Tue, 01 Jan 2030 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(headers({}), now)).toBeUndefined();
  });
});
