import { IdbRunStore } from '../idb-run-store';
import { createOrchestrator } from '../../core/engine';
import { CounterIds, FakeClock, ScriptedDriver, flush, makePlan, step } from '../../core/testing';

describe('orchestrator over IndexedDB', () => {
  it('runs, survives a restart mid-step on a fresh connection, and keeps a gap-free event log', async () => {
    const name = 'errand-engine-idb';
    const plan = makePlan([step.navigate('s1', 'https://shop.example/a'), step.extract('s2'), step.extract('s3')]);
    const planners = [{ source: 'offline' as const, plan: async () => ({ plan, usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 } }) }];
    const driver = new ScriptedDriver();
    driver.records.s3 = [{ name: 'A', price: 1 }];
    driver.hold('s2');
    const before = await IdbRunStore.open(name);
    const first = createOrchestrator({ store: before, driver, planners, clock: new FakeClock({ auto: true }), ids: new CounterIds() });
    const run = await first.start({ goal: 'g', tabId: 3, startUrl: 'https://shop.example/', autoApprove: true });
    for (let i = 0; i < 20 && (await before.getRun(run.id))?.steps.s2?.status !== 'started'; i++) await flush();
    expect((await before.getRun(run.id))?.steps.s2.status).toBe('started');

    const after = await IdbRunStore.open(name);
    const second = createOrchestrator({ store: after, driver, planners, clock: new FakeClock({ auto: true }), ids: new CounterIds() });
    await second.resumeInterrupted();
    const done = await second.idle(run.id);
    expect(done).toMatchObject({ status: 'done', result: { records: [{ name: 'A' }] } });
    const seqs = (await after.getEvents(run.id)).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect((await after.getSnapshots(run.id)).map((s) => s.stepId)).toEqual(['s1', 's2', 's3']);
  });
});
