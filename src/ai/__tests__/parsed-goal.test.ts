import { reply, startAiTestServer, type AiTestServer } from '../../../tests/ai-server/server';
import { createOrchestrator } from '../../core/engine';
import { FakeClock, CounterIds, MemoryRunStore, ScriptedDriver } from '../../core/testing';
import type { Planner, PlanRequest } from '../../core/ports';
import { createAiPlanner } from '../ai-planner';
import { parsePlanningMessage } from '../prompts/task-planning';
import { lastUserMessage, providerFor, searchPlanAnswer } from './fixtures';

let server: AiTestServer;
beforeEach(async () => { server = await startAiTestServer(); });
afterEach(async () => { await server.close(); });

function engineWith(planners: Planner[]) {
  return createOrchestrator({ store: new MemoryRunStore(), driver: new ScriptedDriver(), planners, clock: new FakeClock({ auto: true }), ids: new CounterIds() });
}

describe('the parsed goal reaches the planners', () => {
  it('every planner gets the GoalParser result with the request', async () => {
    const seen: PlanRequest[] = [];
    const recorder: Planner = { source: 'offline', async plan(req) { seen.push(req); return null; } };
    await engineWith([recorder]).start({ goal: 'find a kettle under $40 on shop.example', tabId: 1, startUrl: 'https://shop.example/' });
    expect(seen[0].parsed).toMatchObject({ intent: 'search', constraints: { priceMax: 40 } });
  });

  it('the model is told the intent, products and constraints in one compact line', async () => {
    server.enqueue(reply.json(searchPlanAnswer));
    const run = await engineWith([createAiPlanner(providerFor(server))]).start({ goal: 'find a kettle under $40 on shop.example', tabId: 1, startUrl: 'https://shop.example/' });
    expect(run.plan?.source).toBe('ai');
    const message = parsePlanningMessage(lastUserMessage(server.completions()[0].body));
    expect(message?.parsedSummary).toMatch(/^intent: search; .*products: kettle.*price: at most \$?40/);
    expect(message!.parsedSummary!.length).toBeLessThan(400);
  });
});
