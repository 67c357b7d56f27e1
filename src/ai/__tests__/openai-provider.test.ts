import { PlanSchema } from '../../core/plan';
import { PlanInvalid, ProviderError } from '../../core/errors';
import { reply, startAiTestServer, type AiTestServer } from '../../../tests/ai-server/server';
import { createAiPlanner } from '../ai-planner';
import type { ProviderSettings as StoredProviderSettings } from '../../messaging/protocol';
import { createOpenAiProvider } from '../openai-provider';
import { lastUserMessage, providerFor, searchPlanAnswer, shopSnapshot } from './fixtures';

let server: AiTestServer;
beforeEach(async () => { server = await startAiTestServer(); });
afterEach(async () => { await server.close(); });

describe('OpenAI-compatible provider: planning over HTTP', () => {
  it('returns a valid plan with Errand-owned fields filled in, from one call', async () => {
    server.enqueue(reply.json(searchPlanAnswer, { usage: { prompt_tokens: 900, completion_tokens: 120 } }));
    const provider = providerFor(server);

    const { plan, usage } = await provider.generatePlan({ goal: 'find kettles', snapshot: shopSnapshot() });

    expect(PlanSchema.parse(plan)).toEqual(plan);
    expect(plan).toMatchObject({ id: 'plan-1', goal: 'find kettles', source: 'ai', promptVersion: 'plan-v1', intent: 'search' });
    expect(plan.steps.map((s) => s.kind)).toEqual(['type', 'extract']);
    expect(usage).toEqual({ modelCalls: 1, promptTokens: 900, completionTokens: 120 });
    expect(server.completions()).toHaveLength(1);
  });

  it('sends the model, the API key as a bearer header and a json_schema response format', async () => {
    server.enqueue(reply.json(searchPlanAnswer));
    await providerFor(server).generatePlan({ goal: 'find kettles' });

    const [req] = server.completions();
    expect(req.headers.authorization).toBe('Bearer sk-test-key-123');
    expect(req.body.model).toBe('test-model');
    expect(req.body.response_format.type).toBe('json_schema');
    expect(req.body.response_format.json_schema.name).toBe('errand_plan');
    expect(req.body.response_format.json_schema.schema.properties.steps).toBeDefined();
    expect(req.body.max_tokens).toBe(4096);
    expect(req.body.messages[0].role).toBe('system');
  });

  it('uses JSON mode for presets without structured output, and nothing in "none" mode', async () => {
    server.enqueue(reply.json(searchPlanAnswer), reply.json(searchPlanAnswer));
    await providerFor(server, { structuredOutput: 'json_object' }).generatePlan({ goal: 'a' });
    await providerFor(server, { structuredOutput: 'none', temperature: 0 }).generatePlan({ goal: 'b' });

    const [jsonMode, none] = server.completions();
    expect(jsonMode.body.response_format).toEqual({ type: 'json_object' });
    expect(none.body.response_format).toBeUndefined();
    expect(none.body.temperature).toBe(0);
  });

  it('streams the plan, accumulating chunks and reading usage from the final chunk', async () => {
    server.enqueue(reply.json(searchPlanAnswer, { chunkSize: 7, chunkDelayMs: 2, usage: { prompt_tokens: 50, completion_tokens: 40 } }));
    const provider = providerFor(server, { stream: true });

    const { plan, usage } = await provider.generatePlan({ goal: 'find kettles' });

    expect(plan.steps).toHaveLength(2);
    expect(usage).toEqual({ modelCalls: 1, promptTokens: 50, completionTokens: 40 });
    const [req] = server.completions();
    expect(req.body.stream).toBe(true);
    expect(req.body.stream_options).toEqual({ include_usage: true });
  });

  it('counts usage per call and in total across calls', async () => {
    server.enqueue(
      reply.json(searchPlanAnswer, { usage: { prompt_tokens: 100, completion_tokens: 10 } }),
      reply.json(searchPlanAnswer, { usage: { prompt_tokens: 200, completion_tokens: 20 } }),
    );
    const provider = providerFor(server);
    const first = await provider.generatePlan({ goal: 'one' });
    const second = await provider.generatePlan({ goal: 'two' });

    expect(first.usage.promptTokens).toBe(100);
    expect(second.usage.promptTokens).toBe(200);
    expect(provider.totals()).toEqual({ modelCalls: 2, promptTokens: 300, completionTokens: 30 });
  });

  it('accepts JSON wrapped in prose or in a ```json fence', async () => {
    server.enqueue(reply.prose(searchPlanAnswer), reply.fenced(searchPlanAnswer));
    const provider = providerFor(server);
    expect((await provider.generatePlan({ goal: 'a' })).plan.steps).toHaveLength(2);
    expect((await provider.generatePlan({ goal: 'b' })).plan.steps).toHaveLength(2);
    expect(server.completions()).toHaveLength(2);
  });

  it('repairs a wrong-schema answer in exactly one more call, sending the issues back', async () => {
    server.enqueue(reply.wrongSchema(), reply.json(searchPlanAnswer, { usage: { prompt_tokens: 10, completion_tokens: 5 } }));
    const provider = providerFor(server);

    const { plan, usage } = await provider.generatePlan({ goal: 'find kettles' });

    expect(plan.steps).toHaveLength(2);
    expect(server.completions()).toHaveLength(2);
    expect(usage.modelCalls).toBe(2);
    const repair = server.completions()[1].body.messages;
    expect(repair.at(-2).role).toBe('assistant');
    expect(repair.at(-2).content).toContain('teleport');
    expect(lastUserMessage(repair.length ? { messages: repair } : { messages: [] })).toMatch(/could not be used[\s\S]*steps\[0\]/);
  });

  it('gives up with PlanInvalid when the repaired answer is still wrong', async () => {
    server.enqueue(reply.wrongSchema(), reply.wrongSchema());
    const err = await providerFor(server).generatePlan({ goal: 'x' }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(PlanInvalid);
    expect((err as PlanInvalid).message).toMatch(/not valid after 1 repair round/);
    expect((err as PlanInvalid).details.issues).toEqual(expect.arrayContaining([expect.stringContaining('steps[1] (click)')]));
    expect(server.completions()).toHaveLength(2);
  });

  it('repairs malformed JSON once, then fails clearly', async () => {
    server.enqueue(reply.malformed(), reply.json(searchPlanAnswer), reply.malformed(), reply.malformed());
    const provider = providerFor(server);
    expect((await provider.generatePlan({ goal: 'a' })).plan.source).toBe('ai');

    const err = await provider.generatePlan({ goal: 'b' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanInvalid);
    expect((err as Error).message).toMatch(/not valid JSON/);
    expect(server.completions()).toHaveLength(4);
  });

  it('reports a truncated answer as a recoverable provider error without a repair round', async () => {
    server.enqueue(reply.truncated(searchPlanAnswer));
    const err = await providerFor(server).generatePlan({ goal: 'x' }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).category).toBe('transient');
    expect((err as ProviderError).details.reason).toBe('truncated');
    expect((err as Error).message).toMatch(/cut off before the plan was complete/);
    expect(server.completions()).toHaveLength(1);
  });

  it('sends max_completion_tokens for the OpenAI preset and the parsed-goal summary in the prompt', async () => {
    server.enqueue(reply.json(searchPlanAnswer));
    const provider = createOpenAiProvider(
      { preset: 'openai', baseURL: server.baseURL, model: 'gpt-test', apiKey: 'sk-x', stream: false },
      { describeParsedGoal: () => 'intent=search product=kettle' },
    );
    await provider.generatePlan({ goal: 'kettle', parsed: { intent: 'search' } });

    const [req] = server.completions();
    expect(req.body.max_completion_tokens).toBe(4096);
    expect(lastUserMessage(req.body)).toContain('Parsed goal: intent=search product=kettle');
    expect(provider.id).toBe('openai:gpt-test');
    expect(provider.settings).not.toHaveProperty('apiKey');
  });

  it('works as the Planner port with source "ai"', async () => {
    server.enqueue(reply.json(searchPlanAnswer));
    const planner = createAiPlanner(providerFor(server));
    const result = await planner.plan({ goal: 'find kettles', intent: 'search' });
    expect(planner.source).toBe('ai');
    expect(result?.plan.source).toBe('ai');
  });
});

describe('testConnection', () => {
  it('reports ok, the model and the latency', async () => {
    server.enqueue(reply.json({ ok: true }));
    const check = await providerFor(server).testConnection();
    expect(check).toMatchObject({ ok: true, model: 'test-model' });
    expect(check.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('reports a refused key without throwing', async () => {
    server.enqueue(reply.unauthorized());
    const check = await providerFor(server).testConnection();
    expect(check.ok).toBe(false);
    expect(check.error).toMatchObject({ name: 'ProviderError', category: 'permission' });
    expect(check.error?.message).toMatch(/API key was refused/);
  });
});

describe('a provider built from a stored entry', () => {
  it('takes the entry id as its id and names itself by the entry label in errors', async () => {
    server.enqueue(reply.serverError());
    const stored: StoredProviderSettings = { id: 'prov-7', preset: 'custom', label: 'Lab server', baseURL: server.baseURL, model: 'm', enabled: true };
    const provider = createOpenAiProvider(stored);
    expect(provider.id).toBe('prov-7');
    await expect(provider.generatePlan({ goal: 'x' })).rejects.toThrow(/^Lab server \(m\) had a server error/);
  });
});
