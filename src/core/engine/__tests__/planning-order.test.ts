import { ProviderError } from '../../errors';
import type { Planner } from '../../ports';
import { makePlan, step } from '../../testing';
import { setup } from './harness';

/** An AI planner that fails the first `failures` calls, then answers. */
function flakyAi(failures: number): Planner & { calls: number } {
  const p = {
    source: 'ai' as const,
    calls: 0,
    async plan() {
      p.calls++;
      if (p.calls <= failures) throw new ProviderError('The provider had a bad moment', 'validation');
      return { plan: makePlan([step.extract('s1')], { source: 'ai' }), usage: { modelCalls: 1, promptTokens: 5, completionTokens: 5 } };
    },
  };
  return p;
}

describe('planner chain order', () => {
  it('one AI failure does not put the offline planner first: the next run asks the AI again', async () => {
    const ai = flakyAi(1);
    const t = setup({ config: { breaker: { failureThreshold: 3 } } });
    t.deps.planners.unshift(ai);
    const first = await t.start();
    expect(first.plan?.source).toBe('user'); // the harness planner, after the AI failed
    const second = await t.start();
    expect(ai.calls).toBe(2);
    expect(second.plan?.source).toBe('ai');
  });

  it('skips the AI planner while its breaker is open', async () => {
    const ai = flakyAi(10);
    const t = setup({ config: { breaker: { failureThreshold: 2, coolDownMs: 60_000 } } });
    t.deps.planners.unshift(ai);
    for (let i = 0; i < 3; i++) await t.start();
    expect(ai.calls).toBe(2);
    const ready = t.events.filter((e) => e.type === 'plan.ready').at(-1);
    expect(ready?.data?.fallbacks).toEqual([{ id: 'ai', reason: 'circuit-open' }]);
  });
});
