import type { Plan } from '../../../plan';
import type { PageSnapshot } from '../../../ports';
import { createOfflinePlanner } from '../../offline/offline-planner';
import { createMemoryPlanStore, createPlanCache } from '../../plan-cache';
import { shopListing } from '../../offline/__tests__/fixtures';

const offline = createOfflinePlanner();
function offlinePlan(goal: string, snapshot?: PageSnapshot): Plan {
  const r = offline.tryPlan({ goal, snapshot });
  if ('reason' in r) throw new Error(r.reason);
  return r.plan;
}
const goal = 'compare the price of the Aeron chair on a.com, b.com and c.com';

async function learned(now = 1_000) {
  const cache = createPlanCache(createMemoryPlanStore(), { now: () => now });
  const snap = shopListing();
  expect(await cache.remember(offlinePlan(goal, snap), { goal, snapshot: snap })).toBe(true);
  return { cache, snap };
}

describe('plan cache export and import', () => {
  it('moves learned plans to another cache, where they hit with no model', async () => {
    const { cache, snap } = await learned();
    const entries = await cache.exportEntries();
    expect(entries).toHaveLength(1);
    const other = createPlanCache(createMemoryPlanStore());
    expect(await other.importEntries(JSON.parse(JSON.stringify(entries)))).toBe(1);
    expect(await other.list()).toEqual(await cache.list());
    const hit = await other.lookup({ goal: 'compare prices for Embody chair across x.com, y.com and z.com', snapshot: snap });
    expect(hit?.source).toBe('cache');
    expect(hit?.params).toMatchObject({ product: 'Embody chair' });
  });

  it('skips malformed entries, unknown fields and plans with sensitive parameters', async () => {
    const { cache } = await learned();
    const [entry] = (await cache.exportEntries()) as Array<Record<string, unknown>>;
    const plan = entry.plan as Plan;
    const other = createPlanCache(createMemoryPlanStore());
    const bad = [
      null, 'text', { ...entry, extra: 1 }, { ...entry, hits: -1 },
      { ...entry, plan: { ...plan, steps: [] } },
      { ...entry, key: 'other', plan: { ...plan, params: { ...plan.params, password: 'x' } } },
    ];
    expect(await other.importEntries(bad)).toBe(0);
    expect(await other.list()).toEqual([]);
  });

  it('keeps a more recently used local entry over the file', async () => {
    const { cache } = await learned(5_000);
    const [entry] = (await cache.exportEntries()) as Array<Record<string, unknown>>;
    expect(await cache.importEntries([{ ...entry, goal: 'older', lastUsedAt: 10 }])).toBe(0);
    expect((await cache.list())[0].goal).toBe(goal);
    expect(await cache.importEntries([{ ...entry, goal: 'newer', lastUsedAt: 9_000 }])).toBe(1);
    expect((await cache.list())[0].goal).toBe('newer');
  });

  it('stays within its size bound after an import', async () => {
    const { cache } = await learned();
    const [entry] = (await cache.exportEntries()) as Array<Record<string, unknown>>;
    const small = createPlanCache(createMemoryPlanStore(), { maxEntries: 2 });
    const many = [1, 2, 3, 4].map((i) => ({ ...entry, key: `${entry.key as string}#${i}`, lastUsedAt: i }));
    expect(await small.importEntries(many)).toBe(4);
    expect((await small.list()).map((e) => e.lastUsedAt)).toEqual([4, 3]);
  });
});
