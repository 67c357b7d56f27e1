import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { userMessage } from '../../../src/ai/prompts/task-planning';
import { parseArgs, serverOptions } from '../cli';
import { reply, startAiTestServer, type AiTestServer } from '../server';

let server: AiTestServer;
afterEach(async () => { await server?.close(); });

const chat = (body: object, headers: Record<string, string> = {}) => fetch(`${server.baseURL}/chat/completions`, {
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ model: 'test-model', messages: [{ role: 'user', content: 'hi' }], ...body }),
});

function sseEvents(text: string): string[] {
  return text.split('\n\n').filter(Boolean).map((e) => e.replace(/^data: /, ''));
}

describe('AI test server: OpenAI-compatible HTTP', () => {
  it('answers a chat completion with content, finish reason and usage, and records the request', async () => {
    server = await startAiTestServer({ replies: [reply.json({ a: 1 }, { usage: { prompt_tokens: 7, completion_tokens: 3 } })] });
    const res = await chat({}, { authorization: 'Bearer k1' });
    const body = await res.json();

    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(body.choices[0]).toMatchObject({ message: { role: 'assistant', content: '{"a":1}' }, finish_reason: 'stop' });
    expect(body.usage).toEqual({ prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 });
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions', headers: { authorization: 'Bearer k1' } });
    expect(server.requests[0].body.messages[0].content).toBe('hi');
  });

  it('streams SSE chunks, a usage chunk when asked, then [DONE]', async () => {
    server = await startAiTestServer({ replies: [reply.text('hello world', { chunkSize: 5 })] });
    const res = await chat({ stream: true, stream_options: { include_usage: true } });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = sseEvents(await res.text());

    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e));
    expect(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('')).toBe('hello world');
    expect(chunks.at(-2).choices[0].finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { completion_tokens: 3 } });
  });

  it('streams without a usage chunk when not asked', async () => {
    server = await startAiTestServer({ replies: [reply.text('hi')] });
    const events = sseEvents(await (await chat({ stream: true })).text());
    expect(events.some((e) => e.includes('"usage"'))).toBe(false);
  });

  it('lists models, checks the key and the model, and 404s unknown routes', async () => {
    server = await startAiTestServer({ apiKey: 'secret-key', models: ['m1'] });
    expect((await (await fetch(`${server.baseURL}/models`)).json()).data.map((m: { id: string }) => m.id)).toEqual(['m1']);
    expect((await chat({ model: 'm1' })).status).toBe(401);
    const wrongModel = await chat({ model: 'm2' }, { authorization: 'Bearer secret-key' });
    expect(wrongModel.status).toBe(404);
    expect((await wrongModel.json()).error.code).toBe('model_not_found');
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });

  it('serves scripted errors with their headers, then says when the script ran out', async () => {
    server = await startAiTestServer();
    server.enqueue(reply.rateLimited(4), reply.serverError());
    const limited = await chat({});
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('4');
    expect((await chat({})).status).toBe(500);
    const empty = await chat({});
    expect((await empty.json()).error.message).toMatch(/no scripted reply left/);
  });

  it('uses a handler function when the queue is empty', async () => {
    server = await startAiTestServer();
    server.setHandler((req) => reply.text(`you said ${req.body.messages[0].content}`));
    expect((await (await chat({})).json()).choices[0].message.content).toBe('you said hi');
    server.setHandler(async () => { throw new Error('handler broke'); });
    expect((await (await chat({})).json()).error.message).toMatch(/handler broke/);
  });

  it('delays, and a hanging request ends when the server closes', async () => {
    server = await startAiTestServer({ replies: [reply.slow(120, reply.text('late')), reply.hang()] });
    const started = Date.now();
    await (await chat({})).json();
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);

    const hanging = chat({}).then(() => 'answered', () => 'connection closed');
    await vi.waitFor(() => expect(server.completions()).toHaveLength(2));
    await server.close();
    expect(await hanging).toBe('connection closed');
  });
});

describe('planner mode', () => {
  const planningBody = (goal: string) => ({
    messages: [
      { role: 'system', content: 'You are Errand\'s planner.' },
      { role: 'user', content: userMessage({ goal: 'an example goal' }) },
      { role: 'assistant', content: '{}' },
      { role: 'user', content: userMessage({ goal, url: 'https://shop.example/', params: { q: 'x' } }) },
      { role: 'assistant', content: 'bad' },
      { role: 'user', content: 'Your answer could not be used: …' },
    ],
  });

  it('answers the real goal (not a worked example, not the repair turn) with the planner plan', async () => {
    const seen: unknown[] = [];
    server = await startAiTestServer({ planner: (input) => { seen.push({ goal: input.goal, url: input.url, params: input.params }); return { plan: { steps: [{ kind: 'navigate', url: 'https://a.example' }] }, usage: {} }; } });
    const body = await (await chat(planningBody('find kettles'))).json();

    expect(seen).toEqual([{ goal: 'find kettles', url: 'https://shop.example/', params: { q: 'x' } }]);
    expect(JSON.parse(body.choices[0].message.content)).toEqual({ steps: [{ kind: 'navigate', url: 'https://a.example' }] });
  });

  it('answers "cannot plan" when the planner has nothing, and 400 for non-planning requests', async () => {
    server = await startAiTestServer();
    server.setPlanner(() => null);
    const content = JSON.parse((await (await chat(planningBody('fly to the moon'))).json()).choices[0].message.content);
    expect(content.steps[0]).toMatchObject({ kind: 'askUser', mode: 'input' });
    expect(content.steps[0].message).toContain('fly to the moon');
    expect((await chat({})).status).toBe(400);
  });
});

describe('command line', () => {
  it('parses arguments and builds options from a looping script', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ai-server-'));
    const script = join(dir, 'script.json');
    writeFileSync(script, JSON.stringify({ replies: [reply.text('one'), reply.text('two')], loop: true, models: ['m'] }));
    const planner = join(dir, 'planner.mjs');
    writeFileSync(planner, 'export function plan() { return { steps: [] }; }\nexport const notAFunction = 1;\n');

    const cli = parseArgs(['--port', '0', '--script', script, '--planner', `${planner}#plan`, '--api-key', 'k']);
    expect(cli).toEqual({ port: 0, script, planner: `${planner}#plan`, apiKey: 'k' });
    const options = await serverOptions(cli);
    expect(options.models).toEqual(['m']);
    expect(typeof options.planner).toBe('function');
    server = await startAiTestServer({ ...options, apiKey: undefined, models: undefined });
    const said = [];
    for (let i = 0; i < 3; i++) said.push((await (await chat({})).json()).choices[0].message.content);
    expect(said).toEqual(['one', 'two', 'one']);

    await expect(serverOptions({ port: 0, planner: `${planner}#notAFunction` })).rejects.toThrow(/exports no function/);
    expect((await serverOptions({ port: 0, script })).replies).toBeUndefined();
    writeFileSync(script, JSON.stringify({ replies: [reply.text('x')] }));
    expect((await serverOptions({ port: 0, script })).replies).toHaveLength(1);
  });
});

describe('snapshot text round trip', () => {
  it('rebuilds the elements and text a planner needs from the prompt', async () => {
    const { renderSnapshot } = await import('../../../src/ai/prompts/snapshot-text');
    const { parseSnapshotText } = await import('../snapshot-text-parse');
    const snapshot = {
      url: 'https://shop.example/', title: 'Shop', lang: 'en', signature: 's', truncated: false, text: 'Kettle 29.99',
      elements: [
        { ref: 'e1', role: 'searchbox', name: 'Search', tag: 'input', value: 'kettle' },
        { ref: 'e2', role: 'link', name: 'Next', tag: 'a', href: 'https://shop.example/?p=2', state: ['current', 'visited'], context: 'Pager' },
        { ref: 'e3', role: 'textbox', name: 'Password', tag: 'input', value: 'x' },
      ],
    };
    const back = parseSnapshotText(renderSnapshot(snapshot));
    expect(back).toMatchObject({ url: snapshot.url, title: 'Shop', lang: 'en', text: 'Kettle 29.99', truncated: false });
    expect(back.elements).toEqual([
      { ref: 'e1', role: 'searchbox', name: 'Search', tag: '', value: 'kettle' },
      { ref: 'e2', role: 'link', name: 'Next', tag: '', state: ['current', 'visited'], context: 'Pager' },
      { ref: 'e3', role: 'textbox', name: 'Password', tag: '' },
    ]);
  });

  it('gives planner mode the page as a snapshot', async () => {
    let seen: unknown;
    server = await startAiTestServer({ planner: (input) => { seen = input.snapshot; return null; } });
    const { shopSnapshot } = await import('../../../src/ai/__tests__/fixtures');
    await chat({ messages: [{ role: 'user', content: userMessage({ goal: 'g', snapshot: shopSnapshot('Page words') }) }] });
    expect(seen).toMatchObject({ url: 'https://shop.example/', text: 'Page words', elements: [{ ref: 'e1' }, { ref: 'e2', state: ['disabled'] }, { ref: 'e3' }] });
  });
});

describe('offline planner mode', () => {
  it('plans through the server with the offline planner, end to end through the provider', async () => {
    const options = await serverOptions({ port: 0, planner: 'offline' });
    server = await startAiTestServer(options);
    const { createOpenAiProvider } = await import('../../../src/ai/openai-provider');
    const { shopSnapshot } = await import('../../../src/ai/__tests__/fixtures');
    const provider = createOpenAiProvider({ preset: 'custom', baseURL: server.baseURL, model: 'offline', stream: true });

    const { plan, usage } = await provider.generatePlan({ goal: 'search for kettle', snapshot: shopSnapshot() });

    expect(plan).toMatchObject({ source: 'ai', promptVersion: 'plan-v1', goal: 'search for kettle' });
    expect(plan.steps.length).toBeGreaterThan(0);
    expect(usage.modelCalls).toBe(1);
    expect(server.completions()).toHaveLength(1);
  });
});
