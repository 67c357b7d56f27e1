import { makePlan, step } from '../../testing';
import { setup, types } from './harness';

const confirm = (id: string, message = 'Place the order?') => ({ id, kind: 'askUser' as const, mode: 'confirm' as const, message, description: message });

describe('orchestrator: skipping a step from a confirmation', () => {
  it('skips a high-risk step the person does not want and runs the rest', async () => {
    const plan = makePlan([step.navigate('s1', 'https://shop.example/cart'), { ...step.click('pay'), risk: 'high', description: 'Pay now' }, step.extract('s3')]);
    const t = setup({ plan });
    const run = await t.run();
    expect(run.pending).toMatchObject({ kind: 'risk', stepId: 'pay' });
    await t.engine.skip(run.id);
    const done = await t.engine.idle(run.id);
    expect(done).toMatchObject({ status: 'done', cursor: 3, steps: { pay: { status: 'skipped' }, s3: { status: 'done' } } });
    expect(done?.pending).toBeUndefined();
    expect(t.driver.count('pay')).toBe(0);
    expect(t.driver.count('s3')).toBe(1);
    const skipped = t.events.find((e) => e.type === 'step.completed' && e.stepId === 'pay');
    expect(skipped?.data).toMatchObject({ skipped: true, reason: 'skipped by you' });
    expect(types(t.events).filter((x) => x.startsWith('run.'))).toEqual(['run.started', 'run.waiting-user:pay', 'run.resumed', 'run.completed']);
  });

  it('skipping a confirm question skips it and the high-risk step it guards', async () => {
    const plan = makePlan([confirm('ok'), { ...step.click('pay'), risk: 'high' }, step.extract('s3')]);
    const t = setup({ plan });
    const run = await t.run();
    expect(run.pending?.kind).toBe('confirm');
    await t.engine.skip(run.id);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done', steps: { ok: { status: 'skipped' }, pay: { status: 'skipped' }, s3: { status: 'done' } } });
    expect(t.driver.count('pay')).toBe(0);
  });

  it('a skipped confirm before a low-risk step skips only the question', async () => {
    const plan = makePlan([confirm('ok', 'Read the offers now?'), step.extract('s2')]);
    const t = setup({ plan });
    const run = await t.run();
    await t.engine.skip(run.id);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done', steps: { ok: { status: 'skipped' }, s2: { status: 'done' } } });
  });

  it('skips a high-risk step inside a forEach for that iteration only', async () => {
    const plan = makePlan([{
      id: 'each', kind: 'forEach', items: ['a', 'b'], as: 'item', description: 'Each item',
      steps: [{ ...step.click('del'), risk: 'high', description: 'Delete {{item}}' }],
    }]);
    const t = setup({ plan });
    const run = await t.run();
    expect(run.pending).toMatchObject({ kind: 'risk', stepId: 'each[0].del' });
    await t.engine.skip(run.id);
    const second = await t.engine.idle(run.id);
    expect(second).toMatchObject({ status: 'waiting-user', pending: { kind: 'risk', stepId: 'each[1].del' }, steps: { 'each[0].del': { status: 'skipped' } } });
    await t.engine.answer(run.id, true);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done', steps: { 'each[1].del': { status: 'done' } } });
    expect(t.driver.count('del')).toBe(1);
  });

  it('refuses to skip when nothing is to be confirmed: an input question, a paused or a finished run', async () => {
    const input = makePlan([{ id: 's1', kind: 'askUser', mode: 'input', message: 'Which size?', field: 'size', description: 'Ask size' }]);
    const t = setup({ plan: input });
    const run = await t.run();
    await expect(t.engine.skip(run.id)).rejects.toThrow(/not waiting for a confirmation/);
    expect((await t.engine.get(run.id))?.status).toBe('waiting-user');

    const u = setup({ plan: makePlan([step.navigate('s1', 'https://other.example/')], { origins: [] }) });
    const paused = await u.run();
    expect(paused.pending?.kind).toBe('origin');
    await expect(u.engine.skip(paused.id)).rejects.toThrow(/not waiting for a confirmation/);

    const v = setup();
    const done = await v.run();
    await expect(v.engine.skip(done.id)).rejects.toThrow(/not waiting for a confirmation/);
  });

  it('skips after a restart, from the stored run', async () => {
    const plan = makePlan([{ ...step.click('pay'), risk: 'high' }, step.extract('s2')]);
    const t = setup({ plan });
    const run = await t.run();
    const { createOrchestrator } = await import('../orchestrator');
    const fresh = createOrchestrator(t.deps);
    await fresh.skip(run.id);
    const done = await fresh.idle(run.id);
    expect(done).toMatchObject({ status: 'done', steps: { pay: { status: 'skipped' }, s2: { status: 'done' } } });
    const progress = (await t.store.getEvents(run.id)).filter((e) => e.type === 'progress').map((e) => e.data?.percent);
    expect(progress.at(-1)).toBe(100);
    expect(progress.every((p) => typeof p === 'number' && p >= 0 && p <= 100)).toBe(true);
  });
});
