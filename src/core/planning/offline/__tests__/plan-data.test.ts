import { articlePage, shopListing, tablePage } from './fixtures';
import { flat, planFor, refusalFor, shape } from './helpers';

describe('offline plans for searches', () => {
  it('types the query into the page search box, waits, reads the results and applies the price limit', () => {
    const plan = planFor('search for standing desks under $500', shopListing());
    expect(shape(plan.steps)).toEqual(['type', 'wait', 'extract', 'compute']);
    expect(plan.steps.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(plan.steps[0]).toMatchObject({ value: '{{param.query}}', pressEnter: true });
    expect(plan.steps[3]).toMatchObject({ op: 'filter', input: '{{steps.s3.records}}', where: { field: 'price', op: 'lte', value: 500 } });
    expect(plan.params).toEqual({ query: 'standing desks' });
  });

  it('opens a named site first and uses a search box locator that fits most sites', () => {
    const plan = planFor('search for desks on shop.example sorted by price descending', articlePage());
    expect(shape(plan.steps)).toEqual(['navigate', 'type', 'wait', 'extract', 'compute']);
    expect(plan.params).toMatchObject({ url: 'https://shop.example' });
    expect(plan.origins).toEqual(['https://news.example', 'https://shop.example']);
    const type = plan.steps[1]!;
    if (type.kind !== 'type') throw new Error('type expected');
    expect(type.target.strategies).toEqual(expect.arrayContaining([{ role: 'searchbox' }, { placeholder: 'Search' }, { css: 'input[type="search"]' }, { css: 'input[name="q"]' }]));
    expect(plan.steps[4]).toMatchObject({ op: 'sort', field: 'price', order: 'desc' });
  });

  it('limits the results to the count asked for, and adds the place to the query', () => {
    const plan = planFor('search for 5 jobs in Berlin', shopListing());
    expect(flat(plan.steps).find((s) => s.kind === 'extract')).toMatchObject({ limit: 5 });
    expect(plan.steps[0]).toMatchObject({ value: '{{param.query}} {{param.location}}' });
    expect(plan.params).toMatchObject({ location: 'Berlin' });
  });

  it('refuses on a page without a search box, and with dates', () => {
    expect(refusalFor('search for chairs', articlePage())).toMatch(/no search box/);
    expect(refusalFor('search for hotels next week', shopListing())).toMatch(/date picker/);
  });
});

describe('offline plans for extraction', () => {
  it('extracts the table for "put this table in a CSV"', () => {
    const plan = planFor('put this table in a CSV', tablePage());
    expect(plan.steps).toMatchObject([{ kind: 'extract', what: 'table', target: { strategies: [{ role: 'table', name: 'Revenue by region' }, { text: 'Revenue by region' }, { ref: 'e2' }] } }]);
    expect(plan.params).toEqual({ format: 'csv' });
  });

  it('reads every link or the headings when the goal asks for them', () => {
    expect(planFor('get all the links on this page', articlePage()).steps).toMatchObject([{ kind: 'extract', what: 'links' }]);
    expect(planFor('list the headings', articlePage()).steps).toMatchObject([{ kind: 'extract', what: 'headings' }]);
  });

  it('wraps the extraction in a paginate step that follows the page\'s next control', () => {
    const plan = planFor('extract all product names and prices from the first 3 pages', shopListing());
    expect(shape(plan.steps)).toEqual(['paginate[extract]']);
    const pag = plan.steps[0]!;
    if (pag.kind !== 'paginate') throw new Error('paginate expected');
    expect(pag.maxPages).toBe(3);
    expect(pag.next.strategies[0]).toEqual({ role: 'link', name: 'Next page' });
    expect(pag.steps[0]).toMatchObject({ id: 's2', kind: 'extract', what: 'list' });
    expect(plan.params).toEqual({ fields: ['name', 'price'] });
  });

  it('collects on all pages with a generic next locator when the page shows none', () => {
    const plan = planFor('collect every job on all pages', articlePage());
    const pag = plan.steps[0]!;
    if (pag.kind !== 'paginate') throw new Error('paginate expected');
    expect(pag.maxPages).toBe(50);
    expect(pag.next.strategies).toEqual(expect.arrayContaining([{ css: 'a[rel="next"]' }, { role: 'link', name: 'Next' }]));
    expect(plan.intent).toBe('paginate');
  });

  it('stops a load-more pagination when no new records appear', () => {
    const snap = shopListing();
    snap.elements = snap.elements.map((e) => (e.name === 'Next page' ? { ...e, role: 'button', name: 'Load more' } : e));
    const pag = planFor('collect all products on every page', snap).steps[0]!;
    expect(pag).toMatchObject({ kind: 'paginate', stopWhen: 'noNewRecords' });
  });

  it('reads the text of an article, and limits lists to the count asked for', () => {
    expect(planFor('extract the text of this article', articlePage()).steps).toMatchObject([{ kind: 'extract', what: 'text' }]);
    expect(planFor('get the titles of the first 20 articles', shopListing()).steps).toMatchObject([{ kind: 'extract', what: 'list', limit: 20 }]);
  });

  it('opens a named site before extracting, and falls back to a list when the page has no table', () => {
    const plan = planFor('export the table on http://127.0.0.1:4301/report as csv');
    expect(shape(plan.steps)).toEqual(['navigate', 'extract']);
    expect(plan.steps[1]).toMatchObject({ what: 'table' });
    expect(planFor('put this table in a CSV', articlePage()).steps[0]).toMatchObject({ what: 'list', confidence: 0.6 });
  });
});

describe('offline plans for comparisons', () => {
  it('loops over the sites: open, optional search, wait, read the product\'s offers; then the cheapest', () => {
    const plan = planFor('compare the price of the Aeron chair on a.com, b.com and c.com', shopListing());
    expect(shape(plan.steps)).toEqual(['forEach[navigate,type,wait,extract]', 'compute']);
    const loop = plan.steps[0]!;
    if (loop.kind !== 'forEach') throw new Error('forEach expected');
    expect(loop).toMatchObject({ items: '{{param.sites}}', as: 'site' });
    expect(loop.steps[0]).toMatchObject({ kind: 'navigate', url: '{{site}}' });
    expect(loop.steps[1]).toMatchObject({ kind: 'type', value: '{{param.product}}', pressEnter: true, optional: true });
    expect(loop.steps[3]).toMatchObject({ kind: 'extract', what: 'list', query: '{{param.product}}', limit: 3 });
    expect(plan.steps[1]).toMatchObject({ id: 's6', kind: 'compute', op: 'min', field: 'price', input: '{{steps.s1.records}}' });
    expect(plan.params).toEqual({ product: 'Aeron chair', sites: ['https://a.com', 'https://b.com', 'https://c.com'] });
    expect(plan.origins).toEqual(['https://a.com', 'https://b.com', 'https://c.com']);
  });

  it('takes the sites from the request params when the goal only says "these shops"', () => {
    const plan = planFor('find the cheapest Aeron chair on these three shops', undefined, { sites: ['http://127.0.0.1:4301', 'http://127.0.0.1:4302'] });
    expect(plan.origins).toEqual(['http://127.0.0.1:4301', 'http://127.0.0.1:4302']);
  });

  it('filters by the price limit before picking the cheapest', () => {
    const plan = planFor('compare the price of the Aeron chair on a.com and b.com under 1000 euros');
    expect(shape(plan.steps)).toEqual(['forEach[navigate,type,wait,extract]', 'compute', 'compute']);
    expect(plan.steps[2]).toMatchObject({ op: 'min', input: '{{steps.s6.records}}' });
  });

  it('without sites, reads the current listing and picks the cheapest offer for the product', () => {
    const plan = planFor('find the cheapest Aeron chair', shopListing());
    expect(shape(plan.steps)).toEqual(['extract', 'compute']);
    expect(plan.steps[0]).toMatchObject({ query: '{{param.product}}' });
  });

  it('without a product or sites, reads the listing on the page and picks the cheapest', () => {
    const euros = { ...shopListing(), text: 'Kopfhörer. Sony WH-1000XM5 329,99 €. Bose QC Ultra 1.049,00 €.', elements: shopListing().elements.slice(0, 3) };
    for (const [goal, page] of [['which headphones are cheapest', shopListing()], ['show me the cheapest one here', shopListing()], ['which headphones are cheapest', euros]] as const) {
      const plan = planFor(goal, page);
      expect(shape(plan.steps), goal).toEqual(['extract', 'compute']);
      expect(plan.steps[0], goal).not.toHaveProperty('query');
      expect(plan.steps[1], goal).toMatchObject({ op: 'min', input: `{{steps.${plan.steps[0].id}.records}}` });
    }
  });

  it('"what is the price of this product" on an item\'s page reads the item', () => {
    const item = { ...articlePage(), text: 'Webcam 4K. $89.50. Brand Lumo.' };
    const plan = planFor('what is the price of this product', item);
    expect(shape(plan.steps)).toEqual(['extract', 'compute']);
    expect(shape(planFor('how much does this cost?', item).steps)).toEqual(['extract', 'compute']);
    expect(plan.steps[0]).toMatchObject({ what: 'list' });
    expect(refusalFor('what is the price of this product', articlePage())).toMatch(/no offers/);
  });

  it('compares two products on the current site by searching for each', () => {
    const plan = planFor('compare iPhone 15 vs Pixel 8', shopListing());
    expect(shape(plan.steps)).toEqual(['forEach[type,wait,extract]', 'compute']);
    expect(plan.steps[0]).toMatchObject({ items: '{{param.products}}', as: 'item' });
    expect(plan.steps[1]).toMatchObject({ op: 'sort', field: 'price', order: 'asc' });
  });

  it('picks the best rating when the goal compares ratings, and lets a sort order stand', () => {
    const plan = planFor('compare the ratings of the Aeron chair on a.com and b.com');
    expect(plan.steps[1]).toMatchObject({ kind: 'compute', op: 'max', field: 'rating' });
    const sorted = planFor('compare the price of the Aeron chair on a.com and b.com, most expensive first');
    expect(shape(sorted.steps)).toEqual(['forEach[navigate,type,wait,extract]', 'compute']);
    expect(sorted.steps[1]).toMatchObject({ op: 'sort', field: 'price', order: 'desc' });
    expect(refusalFor('compare delivery times for the Leap chair on a.com and b.com')).toMatch(/by time needs a model/);
  });

  it('refuses when the shops are not named, not addresses, or the page offers nothing to compare', () => {
    expect(refusalFor('find the cheapest Aeron chair on these three shops')).toMatch(/Which 3 shops\?/);
    expect(refusalFor('compare the price of the Aeron chair on amazon and ebay')).toMatch(/web addresses of "amazon", "ebay"/);
    expect(refusalFor('find the cheapest chair', articlePage())).toMatch(/no offers and no search box/);
    expect(refusalFor('find the cheapest chair')).toMatch(/Name the shops/);
    expect(refusalFor('compare iPhone 15 vs Pixel 8 on a.com and b.com')).toMatch(/several products across several shops/);
    expect(refusalFor("What's the cheapest flight to Lisbon next Friday?", shopListing())).toMatch(/date picker/);
  });
});

describe('offline plans for monitoring', () => {
  it('checks once: open the site, read the product\'s offer, keep it when under the limit', () => {
    const plan = planFor('monitor the price of the Aeron chair on a.com and tell me when it drops below 900 euros');
    expect(shape(plan.steps)).toEqual(['navigate', 'extract', 'compute']);
    expect(plan.steps[0]!.description).toMatch(/^Check once: open/);
    expect(plan.steps[1]).toMatchObject({ query: '{{param.product}}', limit: 1 });
    expect(plan.intent).toBe('monitor');
  });

  it('refuses without a page or a product', () => {
    expect(refusalFor('monitor the price of the Aeron chair')).toMatch(/Which page/);
    expect(refusalFor('keep an eye on it', shopListing())).toMatch(/What should I watch/);
  });
});
