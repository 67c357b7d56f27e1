import { openErrandDb, IdbRunStore, IdbKv } from '../../store';
import { createTemplateRegistry } from '../../core/templates';
import { createPlanCache } from '../../core/planning';
import { createOfflinePlanner } from '../../core/planning';
import { createSelectorMemory } from '../../core/memory';
import type { RunRecord } from '../../core/run';
import { kvKeys } from '../kv-keys';
import { dataHandlers, EXPORT_FORMAT } from '../handlers/data-handlers';
import type { Services } from '../services';
import { shopListing } from '../../core/planning/offline/__tests__/fixtures';

let n = 0;
const goal = 'compare the price of the Aeron chair on a.com, b.com and c.com';
const searchBox = { description: 'Search box', strategies: [{ css: '#q' }, { label: 'Search' }] };

/** The parts of the background services the data handlers use, over a fresh IndexedDB. */
async function services() {
  const db = await openErrandDb(`errand-data-${++n}`);
  const kv = (prefix: string) => ({
    get: (k: string) => db.get('kv', prefix + k),
    set: async (k: string, v: unknown) => { await db.put('kv', v, prefix + k); },
    delete: (k: string) => db.delete('kv', prefix + k),
    keys: async () => (await kvKeys(db, prefix)).map((k) => k.slice(prefix.length)),
  });
  const registry = createTemplateRegistry({ storage: kv('templates:') });
  const svc = { db, store: new IdbRunStore(db), registry, cache: createPlanCache(kv('plancache:'), { maxEntries: 200 }) } as unknown as Services;
  const h = dataHandlers(svc);
  // The sender is checked by the router, not by these handlers.
  const handlers = {
    export: () => h['data.export']({}, {}),
    import: (data: Record<string, unknown>) => h['data.import']({ data }, {}),
  };
  return { svc, handlers, memory: createSelectorMemory(new IdbKv(db, 'memory:')) };
}

function run(id: string, status: RunRecord['status']): RunRecord {
  return { id, goal, status, createdAt: 1, updatedAt: 2, tabId: 3, cursor: 0, steps: {}, inputs: {}, suggestions: [], usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 }, lastSeq: 1 };
}

async function filled() {
  const s = await services();
  await s.svc.store.putRun(run('r1', 'done'));
  await s.svc.store.appendEvent({ type: 'run.completed', runId: 'r1', seq: 1, at: 5, correlationId: 'c' });
  const snapshot = shopListing();
  const planned = createOfflinePlanner().tryPlan({ goal, snapshot });
  if ('reason' in planned) throw new Error(planned.reason);
  expect(await s.svc.cache.remember(planned.plan, { goal, snapshot })).toBe(true);
  await s.memory.remember('https://shop.example', searchBox, { label: 'Search' });
  return s;
}
const withoutDate = ({ exportedAt: _d, ...rest }: Record<string, unknown>) => rest;

describe('data export and import', () => {
  it('exports runs, events, plan cache and selector memory, and imports them into an empty profile', async () => {
    const source = await filled();
    const exported = await source.handlers.export();
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, runs: [{ id: 'r1' }], events: [{ seq: 1 }] });
    expect(exported.planCache).toHaveLength(1);
    expect(exported.selectorMemory).toEqual([{ key: 'selector:https://shop.example|search box', strategy: { label: 'Search' } }]);

    const target = await services();
    const file = JSON.parse(JSON.stringify(exported)) as Record<string, unknown>;
    const { imported } = await target.handlers.import(file);
    expect(imported).toEqual({ runs: 1, events: 1, templates: 0, planCache: 1, selectorMemory: 1 });
    expect(withoutDate(await target.handlers.export())).toEqual(withoutDate(exported));
    // What came in works: the memory puts the learned strategy first, the cache answers with no model.
    expect((await target.memory.apply('https://shop.example', searchBox)).strategies[0]).toEqual({ label: 'Search' });
    const hit = await target.svc.cache.lookup({ goal: 'compare prices for Embody chair across x.com, y.com and z.com', snapshot: shopListing() });
    expect(hit?.source).toBe('cache');
  });

  it('takes only what passes the checks from an untrusted file', async () => {
    const { handlers, svc } = await services();
    const { imported } = await handlers.import({
      format: EXPORT_FORMAT,
      planCache: [{ plan: { id: 'x' } }, 'junk'],
      selectorMemory: [
        { key: 'selector:https://a.example|box', strategy: { ref: 'e1' } },
        { key: 'templates:evil', strategy: { css: 'x' } },
        { key: 'selector:https://a.example|box', strategy: { css: '#box' } },
      ],
    });
    expect(imported).toMatchObject({ planCache: 0, selectorMemory: 1 });
    expect(await kvKeys(svc.db, '')).toEqual(['memory:selector:https://a.example|box']);
  });

  it('clears the plan cache and prunes history', async () => {
    const { svc } = await filled();
    const h = dataHandlers(svc);
    expect(await h['cache.clear']({}, {})).toEqual({ cleared: 1 });
    expect(await svc.cache.list()).toEqual([]);
    await svc.store.putRun(run('r2', 'done'));
    expect(await h['history.prune']({ keep: 1 }, {})).toEqual({ deleted: 1 });
  });

  it('refuses a file that is not an Errand export', async () => {
    const { handlers } = await services();
    await expect(handlers.import({ planCache: [] })).rejects.toThrow('not an Errand data export');
  });

  it('turns runs that were live elsewhere into interrupted history', async () => {
    const { handlers, svc } = await services();
    await handlers.import({ format: EXPORT_FORMAT, runs: [run('live', 'running'), { id: 'broken' }] });
    expect((await svc.store.listRuns()).map((r) => [r.id, r.status])).toEqual([['live', 'interrupted']]);
  });
});
