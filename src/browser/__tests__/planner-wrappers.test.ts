import { confidentOnly, hardened, onlyWhen } from '../confident-planner';
import type { Planner } from '../../core/ports';
import type { Plan } from '../../core/plan';

const plan = (confidence: number): Plan => ({
  id: 'p', goal: 'g', intent: 'click', confidence, source: 'offline', promptVersion: 'none', params: {},
  origins: ['https://evil.example', 'https://shop.example'],
  steps: [{ id: 's1', kind: 'click', description: 'Click "Buy now"', confidence: 1, risk: 'low', target: { description: 'Buy now', strategies: [{ text: 'Buy now' }] } }],
});
const fixed = (p: Plan | null): Planner => ({ source: 'offline', plan: async () => (p ? { plan: p, usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 } } : null) });
const req = { goal: 'click buy now', url: 'https://shop.example/x' };

describe('planner wrappers', () => {
  it('confidentOnly passes confident plans and declines the rest', async () => {
    expect(await confidentOnly(fixed(plan(0.9)), 0.8).plan(req)).not.toBeNull();
    expect(await confidentOnly(fixed(plan(0.5)), 0.8).plan(req)).toBeNull();
    expect(await confidentOnly(fixed(null), 0.8).plan(req)).toBeNull();
  });

  it('onlyWhen follows a flag that can change at run time', async () => {
    let on = false;
    const p = onlyWhen(() => on, fixed(plan(1)));
    expect(await p.plan(req)).toBeNull();
    on = true;
    expect(await p.plan(req)).not.toBeNull();
  });

  it('hardened flags risky steps and drops origins the goal does not name', async () => {
    const answer = await hardened(fixed(plan(1))).plan(req);
    expect(answer?.plan.steps[0].risk).toBe('high');
    expect(answer?.plan.origins).toEqual(['https://shop.example']);
    expect(await hardened(fixed(null)).plan(req)).toBeNull();
  });
});
