import { makePlan, step } from '../../testing';
import { setup, types } from './harness';

describe('orchestrator: run lifecycle', () => {
  it('plans, waits for approval, then runs every step to done', async () => {
    const plan = makePlan([step.navigate('s1', 'https://shop.example/list'), step.click('s2'), step.extract('s3')]);
    const t = setup({ plan });
    t.driver.records.s3 = [{ name: 'A', price: 3 }, { name: 'B', price: 2 }];
    const run = await t.start();
    expect(run.status).toBe('awaiting-approval');
    expect(run.plan?.steps.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(t.driver.calls).toHaveLength(0);

    await t.engine.approve(run.id);
    const done = await t.engine.idle(run.id);
    expect(done?.status).toBe('done');
    expect(done?.cursor).toBe(3);
    expect(t.driver.calls.map((c) => c.step.id)).toEqual(['s1', 's2', 's3']);
    expect(done?.result).toMatchObject({ records: [{ name: 'A' }, { name: 'B' }] });
    expect(done?.currentUrl).toBe('https://shop.example/list');
    expect(types(t.events, (e) => e.type !== 'progress')).toEqual([
      'run.started', 'plan.ready', 'run.resumed',
      'step.started:s1', 'step.completed:s1', 'step.started:s2', 'step.completed:s2', 'step.started:s3', 'step.completed:s3',
      'run.completed',
    ]);
  });

  it('numbers events 1, 2, 3… without gaps and stores them all', async () => {
    const t = setup();
    const run = await t.run();
    const stored = await t.engine.events(run.id);
    expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
    expect(run.lastSeq).toBe(stored.length);
    expect(await t.engine.events(run.id, stored.length - 2)).toHaveLength(2);
  });

  it('gives every attempt of a step the same correlation id', async () => {
    const t = setup();
    const run = await t.run();
    const s1 = t.events.filter((e) => e.stepId === 's1' && e.type.startsWith('step.'));
    expect(new Set(s1.map((e) => e.correlationId)).size).toBe(1);
    expect(s1[0].correlationId).toBe(`${run.id}/s1`);
  });

  it('adds compare runs the cheapest record as best', async () => {
    const t = setup({ plan: makePlan([step.extract('s1')], { intent: 'compare' }) });
    t.driver.records.s1 = [{ name: 'A', price: '$12.00' }, { name: 'B', price: '$9.50' }];
    const run = await t.run();
    expect(run.result).toMatchObject({ best: { name: 'B' } });
  });

  it('counts planner usage into the run', async () => {
    const t = setup();
    const run = await t.run();
    expect(run.usage).toEqual({ modelCalls: 0, promptTokens: 10, completionTokens: 5 });
  });
});
