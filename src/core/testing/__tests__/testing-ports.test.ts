import { FakeClock, CounterIds, MemoryKv, MemoryRunStore, NullRunStore, ScriptedDriver, makePlan, step, css } from '..';
import { CancelledError } from '../../errors';
import type { RunRecord } from '../../run';

const run = (id: string, status: RunRecord['status'], updatedAt: number): RunRecord => ({ id, goal: 'g', status, createdAt: 0, updatedAt, cursor: 0, steps: {}, inputs: {}, suggestions: [], usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 }, lastSeq: 0 });

describe('test ports', () => {
  it('FakeClock fires timers in order, exactly when due, and honours abort', async () => {
    const clock = new FakeClock({ start: 100 });
    const fired: number[] = [];
    void clock.sleep(50).then(() => fired.push(clock.now()));
    void clock.sleep(20).then(() => fired.push(clock.now()));
    const ac = new AbortController();
    const aborted = clock.sleep(10, ac.signal);
    ac.abort();
    await expect(aborted).rejects.toBeInstanceOf(CancelledError);
    expect(clock.pending()).toBe(2);
    expect(await clock.runNext()).toBe(20);
    expect(fired).toEqual([120]);
    await clock.advance(100);
    expect(fired).toEqual([120, 150]);
    expect(clock.now()).toBe(220);
    expect(await clock.runNext()).toBeUndefined();
    await expect(clock.sleep(1, ac.signal)).rejects.toBeInstanceOf(CancelledError);
    expect(clock.sleeps).toEqual([50, 20, 10, 1]);
  });

  it('CounterIds counts per prefix', () => {
    const ids = new CounterIds();
    expect([ids.next('run'), ids.next('run'), ids.next('plan')]).toEqual(['run-1', 'run-2', 'plan-1']);
  });

  it('MemoryKv copies values in and out', async () => {
    const kv = new MemoryKv();
    const v = { a: 1 };
    await kv.set('k', v);
    v.a = 2;
    expect(await kv.get('k')).toEqual({ a: 1 });
    await kv.delete('k');
    expect(await kv.get('k')).toBeUndefined();
  });

  it('MemoryRunStore behaves like the IndexedDB store', async () => {
    const store = new MemoryRunStore();
    await store.putRun(run('a', 'done', 1));
    await store.putRun(run('b', 'running', 2));
    await store.putRun(run('c', 'failed', 3));
    expect((await store.listRuns()).map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect((await store.listRuns({ status: 'done' })).map((r) => r.id)).toEqual(['a']);
    expect((await store.listRuns({ limit: 1 })).map((r) => r.id)).toEqual(['c']);
    await store.appendEvent({ type: 'progress', runId: 'a', seq: 2, at: 0, correlationId: 'a' });
    await store.appendEvent({ type: 'progress', runId: 'a', seq: 1, at: 0, correlationId: 'a' });
    await store.appendEvent({ type: 'run.started', runId: 'a', seq: 1, at: 0, correlationId: 'a' });
    expect((await store.getEvents('a')).map((e) => `${e.seq}:${e.type}`)).toEqual(['1:run.started', '2:progress']);
    await store.putSnapshot('a', 's1', { x: 1 });
    expect(await store.getSnapshots('a')).toEqual([{ stepId: 's1', context: { x: 1 } }]);
    expect(await store.getSnapshots('zz')).toEqual([]);
    expect(await store.prune(1)).toBe(1);
    expect(await store.getRun('a')).toBeUndefined();
    expect(await store.getEvents('a')).toEqual([]);
    expect(store.writes.map((w) => w.op)).toEqual(['putRun', 'putRun', 'putRun', 'appendEvent', 'appendEvent', 'appendEvent', 'putSnapshot']);
  });

  it('NullRunStore stores nothing', async () => {
    const store = new NullRunStore();
    await store.putRun();
    await store.appendEvent();
    await store.putSnapshot();
    await store.deleteRun();
    expect([await store.getRun(), await store.listRuns(), await store.getEvents(), await store.getSnapshots(), await store.prune()]).toEqual([undefined, [], [], [], 0]);
  });

  it('ScriptedDriver follows its script, then plausible defaults', async () => {
    const driver = new ScriptedDriver({ url: 'https://a.example/', snapshot: { title: 'Shop' } });
    const signal = new AbortController().signal;
    driver.on('c', new Error('boom'), async () => ({ url: 'https://a.example/next', tabId: 5 }));
    await expect(driver.perform(step.click('c') as never, 1, signal)).rejects.toThrow('boom');
    expect(await driver.perform(step.click('c') as never, 1, signal)).toEqual({ url: 'https://a.example/next', tabId: 5 });
    expect(driver.tabId).toBe(5);
    expect(await driver.perform(step.navigate('n', '/p') as never, 1, signal)).toEqual({ url: 'https://a.example/p' });
    driver.records['*'] = [{ a: 1 }];
    expect(await driver.perform(step.extract('e') as never, 1, signal)).toMatchObject({ output: { records: [{ a: 1 }] } });
    expect(await driver.perform({ id: 'h', kind: 'hover', target: css('#h'), description: 'h', confidence: 1, risk: 'low' }, 1, signal)).toEqual({ url: 'https://a.example/p' });
    expect((await driver.snapshot()).title).toBe('Shop');
    expect(driver.count('c')).toBe(2);
    const ac = new AbortController();
    const release = driver.hold('x');
    const held = driver.perform(step.click('x') as never, 1, ac.signal);
    ac.abort();
    release();
    await expect(held).rejects.toBeInstanceOf(CancelledError);
  });

  it('makePlan fills defaults and rejects bad plans', () => {
    expect(makePlan([step.wait('w')]).steps[0]).toMatchObject({ kind: 'wait', risk: 'low' });
    expect(() => makePlan([])).toThrow();
  });
});
