import { PlanSchema, type Plan, type Step } from '../../core/plan';
import { PlanInvalid } from '../../core/errors';
import { reply, startAiTestServer, type AiTestServer } from '../../../tests/ai-server/server';
import { lastUserMessage, providerFor, searchPlanAnswer, shopSnapshot } from './fixtures';

let server: AiTestServer;
beforeEach(async () => { server = await startAiTestServer(); });
afterEach(async () => { await server.close(); });

const plan: Plan = PlanSchema.parse({ ...searchPlanAnswer, id: 'p1', goal: 'find kettles', source: 'ai', promptVersion: 'plan-v1' }) as Plan;
const notFound = { name: 'ElementNotFound', message: 'No element matched "search box"', category: 'element-missing' as const, details: { candidates: ['Find a product'] } };

describe('suggestSelectors', () => {
  it('returns validated strategies and drops refs the snapshot does not have', async () => {
    server.enqueue(reply.json({ strategies: [{ ref: 'e3' }, { ref: 'e99' }, { role: 'link', name: 'Next' }, { bogus: 1 }] }));
    const { strategies, usage } = await providerFor(server).suggestSelectors(shopSnapshot(), { description: 'next page link', failed: ['css=.next'] });

    expect(strategies).toEqual([{ ref: 'e3' }, { role: 'link', name: 'Next' }]);
    expect(usage.modelCalls).toBe(1);
    const req = server.completions()[0];
    expect(req.body.response_format.json_schema.name).toBe('errand_locator_strategies');
    expect(lastUserMessage(req.body)).toMatch(/Element wanted: next page link\nAlready tried \(failed\): css=\.next/);
  });

  it('repairs an answer with no usable strategy, then fails with PlanInvalid', async () => {
    server.enqueue(reply.json({ strategies: [{ ref: 'e99' }] }), reply.json({ nothing: true }));
    const err = await providerFor(server).suggestSelectors(shopSnapshot(), { description: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanInvalid);
    expect(server.completions()).toHaveLength(2);
    expect(lastUserMessage(server.completions()[1].body)).toContain('ref "e99" is not in the snapshot');
  });
});

describe('recoverFromError', () => {
  it('returns replacement steps validated by StepSchema', async () => {
    const steps = [{ id: 'r1', kind: 'click', description: 'Close the banner', optional: true, target: { description: 'close', strategies: [{ text: 'Close' }] } }];
    server.enqueue(reply.json({ steps }));
    const result = await providerFor(server).recoverFromError(notFound, { plan, stepId: 's1', snapshot: shopSnapshot() });

    expect(result.steps).toEqual([{ ...steps[0], confidence: 1, risk: 'low' }]);
    const body = server.completions()[0].body;
    expect(body.response_format.json_schema.name).toBe('errand_recovery_steps');
    const user = lastUserMessage(body);
    expect(user).toContain('Failed step: {"id":"s1"');
    expect(user).toContain('Error: ElementNotFound (element-missing)');
    // The error message and its candidates can quote the page: they sit inside the untrusted block.
    expect(user.indexOf('Find a product')).toBeGreaterThan(user.indexOf('<untrusted_page_content'));
  });

  it('asks again when a step id clashes with the plan, and accepts the corrected answer', async () => {
    const click = { kind: 'click', description: 'Search', target: { description: 'b', strategies: [{ role: 'button', name: 'Search' }] } };
    server.enqueue(reply.json({ steps: [{ ...click, id: 's2' }] }), reply.json({ steps: [{ ...click, id: 'r1' }] }));
    const result = await providerFor(server).recoverFromError(notFound, { plan, stepId: 's1' });
    expect((result.steps[0] as Step).id).toBe('r1');
    expect(result.usage.modelCalls).toBe(2);
    expect(lastUserMessage(server.completions()[1].body)).toContain('step id "s2" is already used by the plan');
  });

  it('fails with PlanInvalid naming the bad field after one repair round', async () => {
    server.enqueue(reply.json({ steps: [{ id: 'r1', kind: 'type', description: 'x' }] }), reply.json({ steps: [] }));
    const err = await providerFor(server).recoverFromError(notFound, { plan, stepId: 's1' }).catch((e: unknown) => e) as PlanInvalid;
    expect(err).toBeInstanceOf(PlanInvalid);
    expect(lastUserMessage(server.completions()[1].body)).toMatch(/steps\[0\] \(type\)\.target/);
  });
});
