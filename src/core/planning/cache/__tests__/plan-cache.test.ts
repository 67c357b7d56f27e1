import { PlanSchema, type Plan } from '../../../plan';
import type { PageSnapshot } from '../../../ports';
import { createOfflinePlanner } from '../../offline/offline-planner';
import { createCachePlanner, createMemoryPlanStore, createPlanCache } from '../../plan-cache';
import { articlePage, contactForm, shopListing } from '../../offline/__tests__/fixtures';

const offline = createOfflinePlanner();
function offlinePlan(goal: string, snapshot?: PageSnapshot): Plan {
  const r = offline.tryPlan({ goal, snapshot });
  if ('reason' in r) throw new Error(r.reason);
  return r.plan;
}

function setup(maxEntries = 10) {
  let t = 1_000;
  const store = createMemoryPlanStore();
  const cache = createPlanCache(store, { maxEntries, now: () => ++t });
  /** Plans offline, remembers the plan, returns it. */
  const learn = async (goal: string, snapshot?: PageSnapshot) => {
    const plan = offlinePlan(goal, snapshot);
    expect(await cache.remember(plan, { goal, snapshot })).toBe(true);
    return plan;
  };
  return { store, cache, learn };
}

describe('plan cache', () => {
  it('hits for a paraphrase with other products and sites, and re-instantiates the params', async () => {
    const { cache, learn } = setup();
    const snap = shopListing();
    await learn('compare the price of the Aeron chair on a.com, b.com and c.com', snap);
    const hit = await cache.lookup({ goal: 'compare prices for Embody chair across x.com, y.com and z.com', snapshot: snap });
    expect(hit).not.toBeNull();
    expect(PlanSchema.parse(hit)).toBeTruthy();
    expect(hit!.source).toBe('cache');
    expect(hit!.goal).toBe('compare prices for Embody chair across x.com, y.com and z.com');
    expect(hit!.params).toMatchObject({ product: 'Embody chair', sites: ['https://x.com', 'https://y.com', 'https://z.com'] });
    expect(hit!.origins).toEqual(['https://x.com', 'https://y.com', 'https://z.com']);
    expect(hit!.steps[0]!.description).toBe('On each shop, find "Embody chair"');
    expect(hit!.steps[0]).toMatchObject({ kind: 'forEach', items: '{{param.sites}}' });
  });

  it.each([
    ['which is cheaper: the Leap chair on d.com or e.com?'],
    ['find the cheapest Embody chair on x.com and y.com'],
    ['compare costs of the Embody chair on x.com, y.com'],
  ])('treats "%s" as the same comparison', async (goal) => {
    const { cache, learn } = setup();
    await learn('compare the price of the Aeron chair on a.com, b.com and c.com', shopListing());
    expect(await cache.lookup({ goal, snapshot: shopListing() })).not.toBeNull();
  });

  it('ignores word order, plurals and search verbs', async () => {
    const { cache, learn } = setup();
    await learn('extract all product names and prices from the first 3 pages', shopListing());
    expect(await cache.lookup({ goal: 'extract the prices and names from the first 2 pages', snapshot: shopListing() })).not.toBeNull();
    await learn('search for standing desks under $500', shopListing());
    for (const goal of ['find standing desks below $400', 'look for a standing desk under 450 dollars']) {
      expect(await cache.lookup({ goal, snapshot: shopListing() })).not.toBeNull();
    }
  });

  it('keeps the first-seen time and hits when a plan is remembered again', async () => {
    const { cache, learn } = setup();
    await learn('click the Checkout button', shopListing());
    await cache.lookup({ goal: 'click the Checkout button', snapshot: shopListing() });
    await learn('click the Checkout button', shopListing());
    const [entry] = await cache.list();
    expect(entry).toMatchObject({ hits: 1 });
    expect(entry!.createdAt).toBeLessThan(entry!.lastUsedAt);
  });

  it('carries new numbers into bound fields and descriptions', async () => {
    const { cache, learn } = setup();
    await learn('search for standing desks under $500', shopListing());
    const hit = await cache.lookup({ goal: 'look for office chairs below 300 dollars', snapshot: shopListing() });
    const filter = hit!.steps.find((s) => s.kind === 'compute')!;
    expect(filter).toMatchObject({ where: { value: 300 }, description: 'Keep offers priced at most 300 USD' });
    expect(hit!.params).toMatchObject({ query: 'office chairs', priceMax: 300 });
    const pages = await (async () => {
      await learn('extract all product names and prices from the first 3 pages', shopListing());
      return cache.lookup({ goal: 'get product names and prices from the first 5 pages', snapshot: shopListing() });
    })();
    expect(pages!.steps[0]).toMatchObject({ kind: 'paginate', maxPages: 5, description: 'Read name, price on up to 5 pages' });
  });

  it('misses for other goals, other sites and other page structures', async () => {
    const { cache, learn } = setup();
    await learn('compare the price of the Aeron chair on a.com, b.com and c.com', shopListing());
    await learn('click the Add to cart button', shopListing());
    expect(await cache.lookup({ goal: 'compare the ratings of the Aeron chair on a.com and b.com', snapshot: shopListing() })).toBeNull();
    expect(await cache.lookup({ goal: 'search for the Aeron chair', snapshot: shopListing() })).toBeNull();
    expect(await cache.lookup({ goal: 'click the Checkout button', snapshot: shopListing() })).toBeNull();
    expect(await cache.lookup({ goal: 'press the add-to-cart button', snapshot: shopListing() })).not.toBeNull();
    const otherSite = { ...shopListing(), url: 'https://other.example/chairs' };
    expect(await cache.lookup({ goal: 'click the Add to cart button', snapshot: otherSite })).toBeNull();
    const otherLayout = { ...shopListing(), signature: 'sig-redesign' };
    expect(await cache.lookup({ goal: 'click the Add to cart button', snapshot: otherLayout })).toBeNull();
  });

  it('replays a plan that names values literally only with the same values', async () => {
    const { cache } = setup();
    const base = offlinePlan('compare the price of the Aeron chair on a.com and b.com');
    const literal: Plan = { ...base, params: { item: 'Aeron chair' }, steps: [
      { id: 'n1', kind: 'navigate', url: 'https://a.com', description: 'Open a.com', confidence: 1, risk: 'low' },
      { id: 'n2', kind: 'extract', what: 'list', query: 'Aeron chair', limit: 2, description: 'Read offers for Aeron chair', confidence: 1, risk: 'low' },
      { id: 'n3', kind: 'navigate', url: 'https://b.com/', description: 'Open the second shop', confidence: 1, risk: 'low' },
    ] };
    await cache.remember(literal, { goal: base.goal });
    const same = await cache.lookup({ goal: 'compare the price of the Aeron chair on a.com and b.com' });
    expect(same!.steps[1]).toMatchObject({ query: '{{param.product}}', description: 'Read offers for Aeron chair' });
    expect(same!.steps[0]).toMatchObject({ url: '{{param.url}}' });
    expect(same!.params.item).toBeUndefined();
    expect(await cache.lookup({ goal: 'compare the price of the Aeron chair on x.com and y.com' })).toBeNull();
  });

  it('keeps form values out of the key but field names in it, and never caches passwords', async () => {
    const { cache, learn } = setup();
    await learn('fill this form with e-mail ada@example.com, mobile 555 1234', contactForm());
    const hit = await cache.lookup({ goal: 'fill the form with e-mail grace@example.com and mobile 555 9876', snapshot: contactForm() });
    expect(hit!.params).toMatchObject({ e_mail: 'grace@example.com', mobile: '555 9876' });
    expect(hit!.steps[0]!.description).toBe('Enter "grace@example.com" in "E-mail address"');
    expect(await cache.lookup({ goal: 'fill this form with e-mail grace@example.com', snapshot: contactForm() })).toBeNull();
    const pw = offlinePlan('fill the form with password hunter2', contactForm());
    expect(await cache.remember(pw, { goal: pw.goal, snapshot: contactForm() })).toBe(false);
    expect(await cache.remember({ ...pw, intent: 'unknown' }, { goal: 'do my taxes' })).toBe(false);
  });

  it('lists entries newest first with their hits, and clears them', async () => {
    const { cache, learn, store } = setup();
    await learn('click the Checkout button', shopListing());
    await learn('extract the text of this article', articlePage());
    await cache.lookup({ goal: 'click Checkout button', snapshot: shopListing() });
    const list = await cache.list();
    expect(list.map((e) => [e.goal, e.hits])).toEqual([['click the Checkout button', 1], ['extract the text of this article', 0]]);
    expect(list[0]).toMatchObject({ intent: 'click', origin: 'https://shop.example', steps: 1 });
    await store.set('unrelated', 1);
    expect(await cache.clear()).toBe(2);
    expect(await cache.list()).toEqual([]);
    expect(store.size).toBe(1);
  });

  it('forgets one entry by key', async () => {
    const { cache, learn } = setup();
    await learn('click the Checkout button', shopListing());
    const req = { goal: 'click the Checkout button', snapshot: shopListing() };
    await cache.forget(cache.keyFor(req));
    expect(await cache.lookup(req)).toBeNull();
  });

  it('stays within its size, dropping the least recently used entry', async () => {
    const { cache, learn } = setup(2);
    await learn('click the Checkout button', shopListing());
    await learn('click the Home link', shopListing());
    await cache.lookup({ goal: 'click the Checkout button', snapshot: shopListing() });
    await learn('extract the text of this article', articlePage());
    const goals = (await cache.list()).map((e) => e.goal).sort();
    expect(goals).toEqual(['click the Checkout button', 'extract the text of this article']);
  });
});

describe('cache planner', () => {
  it('answers with the cached plan and zero model calls, or null on a miss', async () => {
    const store = createMemoryPlanStore();
    const cache = createPlanCache(store, { ids: { next: () => 'plan-7' } });
    const planner = createCachePlanner(cache);
    expect(planner.source).toBe('cache');
    expect(await planner.plan({ goal: 'go to example.com' })).toBeNull();
    await cache.remember(offlinePlan('go to example.com'), { goal: 'go to example.com' });
    const r = await planner.plan({ goal: 'go to example.org' });
    expect(r).toMatchObject({ plan: { id: 'plan-7', params: { url: 'https://example.org' }, origins: ['https://example.org'] }, usage: { modelCalls: 0 } });
  });
});
