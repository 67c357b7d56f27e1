import { makePlan, step, flush, MemoryKv } from '../../testing';
import { PlanInvalid } from '../../errors';
import { createSelectorMemory } from '../../memory';
import { setup } from './harness';

const three = () => makePlan([step.navigate('s1', 'https://shop.example/a'), step.click('s2'), step.extract('s3')]);

describe('orchestrator: injecting steps into a live run', () => {
  it('inserts validated steps after the current step and runs them', async () => {
    const t = setup({ plan: three() });
    const release = t.driver.hold('s2');
    const run = await t.start({ autoApprove: true });
    await flush();
    const updated = await t.engine.injectSteps(run.id, 's2', [{ id: 'w1', kind: 'wait', for: { kind: 'time', ms: 200 }, description: 'Let it settle' }]);
    expect(updated.plan?.steps.map((s) => s.id)).toEqual(['s1', 's2', 'w1', 's3']);
    release();
    await t.engine.idle(run.id);
    expect(t.driver.calls.map((c) => c.step.id)).toEqual(['s1', 's2', 'w1', 's3']);
    expect(t.events.find((e) => e.type === 'step.injected')).toMatchObject({ stepId: 's2', data: { afterStepId: 's2', steps: [{ id: 'w1', kind: 'wait' }] } });
  });

  it('refuses steps that would never run, clash, or refer forward', async () => {
    const t = setup({ plan: three() });
    const release = t.driver.hold('s2');
    const run = await t.start({ autoApprove: true });
    await flush();
    await expect(t.engine.injectSteps(run.id, 's1', [step.wait('w1')])).rejects.toThrow(/already run/);
    await expect(t.engine.injectSteps(run.id, 's2', [step.extract('s3')])).rejects.toBeInstanceOf(PlanInvalid);
    await expect(t.engine.injectSteps(run.id, 's2', [{ ...step.type('t', '{{steps.s3.records}}') }])).rejects.toThrow(/does not run before/);
    release();
    await t.engine.idle(run.id);
    await expect(t.engine.injectSteps(run.id, 's3', [step.wait('w2')])).rejects.toThrow(/cannot take new steps/);
  });

  it('can add steps inside a forEach body for the iterations still to come', async () => {
    const plan = makePlan([{ id: 'each', kind: 'forEach', items: ['x', 'y'], as: 'v', description: 'Each', steps: [step.click('c')] }]);
    const t = setup({ plan });
    const release = t.driver.hold('c');
    const run = await t.start({ autoApprove: true });
    await flush();
    await t.engine.injectSteps(run.id, 'c', [step.extract('e')]);
    release();
    const done = await t.engine.idle(run.id);
    expect(Object.keys(done!.steps)).toEqual(['each', 'each[0].c', 'each[0].e', 'each[1].c', 'each[1].e']);
  });
});

describe('orchestrator: replay and branches', () => {
  it('replays a stored run with no planner call and keeps the plan source', async () => {
    const t = setup({ plan: makePlan([step.extract('s1')], { source: 'ai' }) });
    const first = await t.run({ params: { q: 'cable' } });
    expect(t.planner.calls).toBe(1);
    const again = await t.engine.replay(first.id);
    const done = await t.engine.idle(again.id);
    expect(t.planner.calls).toBe(1);
    expect(done).toMatchObject({ status: 'done', replayOf: first.id, inputs: { q: 'cable' }, plan: { source: 'ai' }, usage: { modelCalls: 0 } });
    expect(again.id).not.toBe(first.id);
    const waiting = await t.engine.replay(first.id, { autoApprove: false, tabId: 99 });
    expect(waiting).toMatchObject({ status: 'awaiting-approval', tabId: 99 });
    await expect(t.engine.replay('missing')).rejects.toThrow(/no stored plan/);
  });

  it('branches from a finished step: keeps earlier results, tries other steps, leaves the original alone', async () => {
    const t = setup({ plan: three() });
    t.driver.records.s3 = [{ a: 1 }];
    const original = await t.run();
    const branch = await t.engine.branch(original.id, 's2', [step.extract('alt')], { autoApprove: true });
    expect(branch).toMatchObject({ currentUrl: 'https://shop.example/a', cursor: 2 });
    const done = await t.engine.idle(branch.id);
    expect(done?.plan?.steps.map((s) => s.id)).toEqual(['s1', 's2', 'alt']);
    expect(t.driver.calls.map((c) => c.step.id)).toEqual(['s1', 's2', 's3', 'alt']);
    expect(await t.engine.get(original.id)).toMatchObject({ status: 'done', plan: { steps: [{ id: 's1' }, { id: 's2' }, { id: 's3' }] } });
    expect(t.events.find((e) => e.runId === branch.id && e.type === 'run.started')?.data).toMatchObject({ branchOf: original.id, fromStepId: 's2' });
    const rest = await t.engine.branch(original.id, 's1');
    expect(rest).toMatchObject({ status: 'awaiting-approval', plan: { steps: [{ id: 's1' }, { id: 's2' }, { id: 's3' }] } });
    await expect(t.engine.branch(original.id, 'nope')).rejects.toThrow(/not a finished top-level step/);
  });
});

describe('orchestrator: hooks, memory, subscriptions', () => {
  it('before-step hooks can skip or change a step; after-step hooks see every outcome', async () => {
    const seen: string[] = [];
    const t = setup({
      plan: three(),
      deps: { hooks: {
        beforeStep: (s) => (s.id === 's2' ? { skip: true } : s.id === 's3' ? { step: { ...s, description: 'Changed' } } : undefined),
        afterStep: (s, outcome, info) => { seen.push(`${info.stateId}:${outcome.status}:${s.description}`); },
      } },
    });
    const run = await t.run();
    expect(run.steps.s2.status).toBe('skipped');
    expect(t.driver.calls.map((c) => c.step.id)).toEqual(['s1', 's3']);
    expect(seen).toEqual(['s1:done:Open https://shop.example/a', 's2:skipped:Click #s2', 's3:done:Changed']);
  });

  it('applies selector memory before page steps and remembers the strategy that worked', async () => {
    const kv = new MemoryKv();
    const selectorMemory = createSelectorMemory(kv);
    const plan = makePlan([{ ...step.click('s1'), target: { description: 'Buy button', strategies: [{ css: '#buy' }, { text: 'Buy' }] } }]);
    const first = setup({ plan, deps: { selectorMemory } });
    first.driver.on('s1', { strategy: { text: 'Buy' }, locatorUsed: 'text="Buy"' });
    expect((await first.run()).steps.s1.locatorUsed).toBe('text="Buy"');
    const second = setup({ plan, deps: { selectorMemory } });
    await second.run();
    expect((second.driver.calls[0].step as { target: { strategies: unknown[] } }).target.strategies).toEqual([{ text: 'Buy' }, { css: '#buy' }]);
  });

  it('subscribers can filter by run and type, and hear the run with each event', async () => {
    const t = setup();
    const completed: string[] = [];
    const off = t.engine.subscribe((e, run) => completed.push(`${e.stepId}:${run?.steps[e.stepId!]?.status}`), { types: ['step.completed'] });
    const got: string[] = [];
    const t2 = setup({ deps: { onEvent: (e, run) => got.push(`${e.type}:${run.status}`) } });
    await t.run();
    off();
    await t.run();
    await t2.run();
    expect(completed).toEqual(['s1:done']);
    expect(got.at(-1)).toBe('run.completed:done');
  });

  it('can run with progress events turned off', async () => {
    const t = setup({ config: { flags: { progressEvents: false } } });
    await t.run();
    expect(t.events.some((e) => e.type === 'progress')).toBe(false);
  });
});
