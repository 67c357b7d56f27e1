import { openDB } from 'idb';
import type { RunRecord } from '../../core/run';
import type { RunEvent } from '../../core/events';
import { IdbRunStore } from '../idb-run-store';
import { openErrandDb, ERRAND_DB_VERSION } from '../idb-schema';
import { IdbKv, StorageKv } from '../kv';

let n = 0;
const dbName = () => `errand-test-${++n}`;

function run(id: string, status: RunRecord['status'], updatedAt: number): RunRecord {
  return { id, goal: 'g', status, createdAt: 0, updatedAt, cursor: 0, steps: {}, inputs: {}, suggestions: [], usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 }, lastSeq: 0 };
}
function event(runId: string, seq: number): RunEvent {
  return { type: 'progress', runId, seq, at: seq, correlationId: runId };
}

describe('IdbRunStore', () => {
  it('stores and reads runs, newest first, filtered by status', async () => {
    const store = await IdbRunStore.open(dbName());
    await store.putRun(run('a', 'done', 1));
    await store.putRun(run('b', 'running', 3));
    await store.putRun(run('c', 'done', 2));
    expect((await store.getRun('b'))?.status).toBe('running');
    expect((await store.listRuns()).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect((await store.listRuns({ status: 'done' })).map((r) => r.id)).toEqual(['c', 'a']);
    expect((await store.listRuns({ limit: 1 })).map((r) => r.id)).toEqual(['b']);
    expect((await store.listRuns({ status: 'done', limit: 1 })).map((r) => r.id)).toEqual(['c']);
    expect(await store.getRun('nope')).toBeUndefined();
  });

  it('copies a run when it is written, so later changes do not leak in', async () => {
    const store = await IdbRunStore.open(dbName());
    const r = run('a', 'running', 1);
    const write = store.putRun(r);
    r.status = 'done';
    await write;
    expect((await store.getRun('a'))?.status).toBe('running');
  });

  it('returns events after a seq, in order, for one run only', async () => {
    const store = await IdbRunStore.open(dbName());
    for (const seq of [3, 1, 2, 10]) await store.appendEvent(event('r1', seq));
    await store.appendEvent(event('r2', 1));
    expect((await store.getEvents('r1')).map((e) => e.seq)).toEqual([1, 2, 3, 10]);
    expect((await store.getEvents('r1', 2)).map((e) => e.seq)).toEqual([3, 10]);
    expect(await store.getEvents('r3')).toEqual([]);
  });

  it('keeps one snapshot per step and returns them per run', async () => {
    const store = await IdbRunStore.open(dbName());
    await store.putSnapshot('r1', 's1', { outputs: { s1: 1 } });
    await store.putSnapshot('r1', 's4[0].s5', { outputs: { s5: 2 } });
    await store.putSnapshot('r1', 's1', { outputs: { s1: 3 } });
    await store.putSnapshot('r2', 's1', {});
    expect(await store.getSnapshots('r1')).toEqual([
      { stepId: 's1', context: { outputs: { s1: 3 } } },
      { stepId: 's4[0].s5', context: { outputs: { s5: 2 } } },
    ]);
  });

  it('deletes a run with its events and snapshots', async () => {
    const store = await IdbRunStore.open(dbName());
    await store.putRun(run('a', 'done', 1));
    await store.appendEvent(event('a', 1));
    await store.putSnapshot('a', 's1', {});
    await store.appendEvent(event('b', 1));
    await store.deleteRun('a');
    expect(await store.getRun('a')).toBeUndefined();
    expect(await store.getEvents('a')).toEqual([]);
    expect(await store.getSnapshots('a')).toEqual([]);
    expect(await store.getEvents('b')).toHaveLength(1);
  });

  it('prunes finished runs beyond the newest N and never touches active ones', async () => {
    const store = await IdbRunStore.open(dbName());
    await store.putRun(run('old', 'done', 1));
    await store.putRun(run('mid', 'failed', 2));
    await store.putRun(run('new', 'cancelled', 3));
    await store.putRun(run('live', 'running', 0));
    await store.appendEvent(event('old', 1));
    expect(await store.prune(1)).toBe(2);
    expect((await store.listRuns()).map((r) => r.id).sort()).toEqual(['live', 'new']);
    expect(await store.getEvents('old')).toEqual([]);
    store.close();
  });

  it('opens an existing database of the current version without losing data', async () => {
    const name = dbName();
    const first = await IdbRunStore.open(name);
    await first.putRun(run('a', 'done', 1));
    first.close();
    const again = await IdbRunStore.open(name);
    expect((await again.getRun('a'))?.id).toBe('a');
    const raw = await openDB(name);
    expect(raw.version).toBe(ERRAND_DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['events', 'kv', 'runs', 'snapshots']);
    raw.close();
  });

  it('closes itself when a newer version needs the database', async () => {
    const name = dbName();
    const db = await openErrandDb(name);
    const newer = await openDB(name, ERRAND_DB_VERSION + 1);
    expect(newer.version).toBe(ERRAND_DB_VERSION + 1);
    newer.close();
    expect(() => db.transaction('runs')).toThrow();
  });
});

describe('key-value stores', () => {
  it('IdbKv keeps values under a prefix', async () => {
    const db = await openErrandDb(dbName());
    const kv = new IdbKv(db, 'sel:');
    await kv.set('a', { css: '#x' });
    expect(await kv.get('a')).toEqual({ css: '#x' });
    expect(await db.get('kv', 'sel:a')).toEqual({ css: '#x' });
    await kv.delete('a');
    expect(await kv.get('a')).toBeUndefined();
  });

  it('StorageKv works over any storage.local-like area', async () => {
    const data: Record<string, unknown> = {};
    const area = {
      async get(k: string) { return k in data ? { [k]: data[k] } : {}; },
      async set(items: Record<string, unknown>) { Object.assign(data, items); },
      async remove(k: string) { delete data[k]; },
    };
    const kv = new StorageKv(area, 'cfg:');
    await kv.set('user', { flags: { aiPlanning: false } });
    expect(data['cfg:user']).toEqual({ flags: { aiPlanning: false } });
    expect(await kv.get('user')).toEqual({ flags: { aiPlanning: false } });
    await kv.delete('user');
    expect(await kv.get('user')).toBeUndefined();
  });
});
