import { builtinTemplates } from '../../../../templates';
import { createTemplateRegistry } from '../registry';
import { matchGoal, paramsFromGoal } from '../goal-match';
import { stem, tokenize } from '../search';

const registry = createTemplateRegistry({ builtins: builtinTemplates });
const names = (matches: Array<{ template: { name: string } }>) => matches.map((m) => m.template.name);

describe('searching templates', () => {
  it('reduces goal text to stemmed content words', () => {
    expect(tokenize('Compare the PRICES of kettles, please!')).toEqual(['compar', 'pric', 'kettl']);
    expect(stem('comparing')).toBe(stem('compare'));
    expect(stem('categories')).toBe('category');
    expect(stem('tab')).toBe('tab');
  });

  it('ranks by intent: the template made for it first, then those that also serve it', () => {
    expect(names(registry.search({ intent: 'compare' }))).toEqual(['price-comparison']);
    expect(names(registry.search({ intent: 'extract' }))).toEqual(['data-extraction', 'pagination', 'search-and-filter']);
    expect(registry.search({ intent: 'extract' })[1].score).toBe(0.8);
    expect(registry.search({ intent: 'navigate' })).toEqual([]);
  });

  it('ranks by words', () => {
    expect(names(registry.search({ text: 'find the cheapest offer across several shops' }))[0]).toBe('price-comparison');
    expect(names(registry.search({ text: 'follow the next link for more pages' }))[0]).toBe('pagination');
    expect(names(registry.search({ text: 'fill in the contact form' }))[0]).toBe('form-filling');
    expect(names(registry.search({ words: ['scrape', 'table'] }))[0]).toBe('data-extraction');
    expect(registry.search({ text: 'zzz qqq' })).toEqual([]);
  });

  it('combines intent and words', () => {
    const [top] = registry.search({ intent: 'extract', text: 'follow the next pages' });
    expect(top.template.name).toBe('pagination');
    expect(top.intentScore).toBe(0.8);
    expect(top.textScore).toBeGreaterThan(0);
  });
});

describe('matching a parsed goal', () => {
  it('maps "compare the price of X on A, B and C" to price-comparison with its parameters', () => {
    const parsed = {
      intent: 'compare',
      entities: { products: ['Bosch TWK kettle'], sites: ['shop-a.example', 'https://shop-b.example/de', { name: 'C', url: 'shop-c.example' }], fields: ['price'] },
      constraints: {},
    };
    const match = matchGoal(registry, parsed, { goal: 'compare the price of Bosch TWK kettle on shop-a.example, shop-b.example/de and C' });
    expect(match).toMatchObject({
      template: { name: 'price-comparison' },
      params: { product: 'Bosch TWK kettle', sites: ['https://shop-a.example/', 'https://shop-b.example/de', 'https://shop-c.example/'] },
      missing: [],
    });
    expect(match!.score).toBeGreaterThan(0.9);
  });

  it('lists required parameters the goal did not give, or gave in an unusable form', () => {
    const match = matchGoal(registry, { intent: 'compare', entities: { products: ['kettle'], sites: ['Amazon'] } });
    expect(match).toMatchObject({ template: { name: 'price-comparison' }, params: { product: 'kettle' }, missing: ['sites'] });
    expect(match!.score).toBeLessThan(0.75);
  });

  it('reads constraints given as an object or as a list', () => {
    const asObject = matchGoal(registry, { intent: 'search', entities: { products: ['running shoes'] }, constraints: { maxPrice: 80 } });
    expect(asObject).toMatchObject({ template: { name: 'search-and-filter' }, params: { query: 'running shoes', maxPrice: 80 } });
    const asList = matchGoal(registry, { intent: 'search', entities: { query: 'tea' }, constraints: [{ kind: 'priceMax', value: '12,50 €' }, 'junk'] });
    expect(asList!.params).toEqual({ query: 'tea', maxPrice: 12.5 });
    const nested = matchGoal(registry, { intent: 'search', entities: { query: 'tea' }, constraints: { price: { max: 9 } } });
    expect(nested!.params.maxPrice).toBe(9);
  });

  it('picks option values named in the goal\'s words', () => {
    const match = matchGoal(registry, { intent: 'extract', words: ['extract', 'the', 'tables'] });
    expect(match).toMatchObject({ template: { name: 'data-extraction' }, params: { what: 'table' } });
    const paged = matchGoal(registry, { intent: 'paginate', goal: 'collect the table from the first 3 pages', constraints: { pages: 3 } });
    expect(paged).toMatchObject({ template: { name: 'pagination' }, params: { what: 'table', maxPages: 3 } });
  });

  it('reads an extract goal over several pages as pagination, and one page as extraction', () => {
    const allPages = matchGoal(registry, { intent: 'extract', text: 'extract the table from all pages', entities: { subject: 'table' }, constraints: { pages: 'all' } });
    expect(allPages).toMatchObject({ template: { name: 'pagination' }, params: { what: 'table', maxPages: 200 } });
    const twoPages = matchGoal(registry, { intent: 'extract', text: 'extract the table from 2 pages', constraints: { pages: 2 } });
    expect(twoPages).toMatchObject({ template: { name: 'pagination' }, params: { maxPages: 2 } });
    const firstPage = matchGoal(registry, { intent: 'extract', text: 'extract the table from the first page', constraints: { pages: 1 } });
    expect(firstPage!.template.name).toBe('data-extraction');
  });

  it('turns a record of values into form lines', () => {
    const match = matchGoal(registry, { intent: 'fill', entities: { values: { Name: 'Ada', Email: 'ada@example.com' } } });
    expect(match).toMatchObject({ template: { name: 'form-filling' }, params: { values: ['Name: Ada', 'Email: ada@example.com'] }, missing: [] });
  });

  it('lets explicit values and the current page fill what the goal does not', () => {
    const t = registry.get('search-and-filter')!;
    const withPage = { ...t, params: t.params.map((p) => (p.name === 'site' ? { ...p, fromPage: 'origin' as const } : p)) };
    expect(paramsFromGoal(withPage, { intent: 'search' }, { page: { url: 'https://shop.example/x' }, params: { query: 'tea' } })).toEqual({
      params: { query: 'tea', site: 'https://shop.example/' }, missing: [],
    });
  });

  it('falls back to parameter names when a template does not say where to look', () => {
    const t = { ...registry.get('search-and-filter')!, params: registry.get('search-and-filter')!.params.map(({ fromGoal: _f, ...p }) => p) };
    expect(paramsFromGoal(t, { entities: { queries: ['tea'] }, constraints: { maxPrice: { value: 5 } } }).params).toEqual({ query: 'tea', maxPrice: 5 });
  });

  it('returns null when nothing fits', () => {
    expect(matchGoal(registry, { intent: 'navigate', words: ['open', 'settings'] })).toBeNull();
    expect(matchGoal(registry, {})).toBeNull();
  });
});
