import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanSchema, type Step } from '../../src/core/plan';
import { parseTemplate } from '../../src/core/templates/schema';
import { instantiateTemplate } from '../../src/core/templates/instantiate';
import { createTemplateRegistry } from '../../src/core/templates/registry';
import { matchGoal } from '../../src/core/templates/goal-match';
import { builtinTemplates } from '../index';

const dir = join(__dirname, '..');
const templateFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
const registry = createTemplateRegistry({ builtins: builtinTemplates });

function flatten(steps: Step[]): Step[] {
  return steps.flatMap((s) => (s.kind === 'forEach' || s.kind === 'paginate' ? [s, ...flatten(s.steps)] : [s]));
}

describe('built-in templates', () => {
  it('are all listed in templates/index.ts, one per file, named after the file', async () => {
    const names = builtinTemplates.map((t) => t.name);
    expect(names.slice().sort()).toEqual(templateFiles.map((f) => f.replace(/\.ts$/, '')).sort());
    for (const file of templateFiles) {
      const mod = await import(/* @vite-ignore */ `../${file}`);
      expect(builtinTemplates).toContain(mod.default);
    }
  });

  it.each(builtinTemplates.map((t) => [t.name, t] as const))('%s validates, is marked built-in and has labelled parameters and examples', (_name, source) => {
    const t = parseTemplate(source);
    expect(t.author).toBe('builtin');
    expect(t.examples.length).toBeGreaterThan(0);
    expect(t.params.every((p) => p.label.length > 0)).toBe(true);
  });

  it.each(builtinTemplates.flatMap((t) => t.examples!.map((e) => [t.name, e.description, e.params] as const)))(
    '%s instantiates its example "%s" into a valid plan',
    (name, _description, params) => {
      const plan = instantiateTemplate(registry.get(name)!, params, { registry });
      expect(PlanSchema.safeParse(plan).success).toBe(true);
      expect(plan.source).toBe('template');
      expect(plan.template).toBe(`${name}@1.0.0`);
    },
  );

  it('stay generic: no site-specific hosts, ids or classes in their locators', () => {
    for (const file of templateFiles) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/localhost|127\.0\.0\.1|aurora|bolt/i);
      expect(source, file).not.toMatch(/css: '[#.]/);
    }
  });

  it('price-comparison loops over the shops and takes the minimum price of all offers', () => {
    const plan = instantiateTemplate(registry.get('price-comparison')!, { product: 'kettle', sites: 'a.example, b.example' });
    const [loop, cheapest] = plan.steps;
    expect(loop).toMatchObject({ kind: 'forEach', as: 'site', items: ['https://a.example/', 'https://b.example/'] });
    expect(flatten(plan.steps).map((s) => s.kind)).toEqual(['forEach', 'navigate', 'type', 'wait', 'extract', 'compute']);
    expect(flatten(plan.steps).find((s) => s.kind === 'type')).toMatchObject({ value: 'kettle', pressEnter: true, optional: true });
    expect(cheapest).toMatchObject({ op: 'min', field: 'price', input: '{{steps.each-site.records}}' });
    expect(plan.origins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('price-comparison finds the search box by role, placeholder, label and common attributes', () => {
    const plan = instantiateTemplate(registry.get('price-comparison')!, { product: 'kettle', sites: ['a.example'] });
    const search = flatten(plan.steps).find((s) => s.kind === 'type') as Extract<Step, { kind: 'type' }>;
    expect(search.target.strategies.slice(0, 6)).toEqual([
      { role: 'searchbox' }, { placeholder: 'Search' }, { label: 'Search' }, { label: 'Suche' },
      { css: 'input[type="search"]' }, { css: 'input[name="q"]' },
    ]);
  });

  it('form-filling types each value into the field it names, and submits only when asked, as a high-risk step', () => {
    const t = registry.get('form-filling')!;
    const plan = instantiateTemplate(t, { values: 'Email: ada@example.com\nMessage: Hi, there' });
    expect(plan.steps.map((s) => s.id)).toEqual(['each-field']);
    expect(plan.steps[0]).toMatchObject({ items: [{ field: 'Email', value: 'ada@example.com' }, { field: 'Message', value: 'Hi, there' }], as: 'entry' });
    const fill = flatten(plan.steps)[1] as Extract<Step, { kind: 'type' }>;
    expect(fill.value).toBe('{{entry.value}}');
    expect(fill.target.strategies.slice(0, 2)).toEqual([{ label: '{{entry.field}}' }, { placeholder: '{{entry.field}}' }]);
    const submitting = instantiateTemplate(t, { values: ['Email: a@b.c'], submit: true });
    expect(submitting.steps[1]).toMatchObject({ kind: 'click', risk: 'high', optional: true });
    expect(() => instantiateTemplate(t, { values: 'no separator here' })).toThrow(/unexpected format/);
  });

  it('search-and-filter filters by price only when a maximum is given', () => {
    const t = registry.get('search-and-filter')!;
    expect(instantiateTemplate(t, { query: 'tea' }).steps.map((s) => s.id)).toEqual(['search', 'wait-results', 'results']);
    const budget = instantiateTemplate(t, { query: 'tea', maxPrice: '12.50', site: 'tea.example' });
    expect(budget.steps.map((s) => s.id)).toEqual(['open-site', 'search', 'wait-results', 'results', 'within-budget']);
    expect(budget.steps[4]).toMatchObject({ op: 'filter', where: { field: 'price', op: 'lte', value: 12.5 } });
  });

  it('pagination follows a next link found by several strategies, up to maxPages', () => {
    const plan = instantiateTemplate(registry.get('pagination')!, { maxPages: 3, what: 'table' });
    const pages = plan.steps[0] as Extract<Step, { kind: 'paginate' }>;
    expect(pages).toMatchObject({ kind: 'paginate', maxPages: 3 });
    expect(pages.next.strategies).toEqual(expect.arrayContaining([
      { role: 'link', name: 'Next' }, { text: 'Next', exact: true }, { css: '[aria-label="Next page" i], [aria-label="Go to next page" i]' },
      { text: '›', exact: true }, { text: 'Load more' },
    ]));
    expect(pages.steps[1]).toMatchObject({ kind: 'extract', what: 'table' });
    expect(() => instantiateTemplate(registry.get('pagination')!, { maxPages: 500 })).toThrow(/at most 200/);
  });

  it('data-extraction reads named fields with generic value locators', () => {
    const plan = instantiateTemplate(registry.get('data-extraction')!, { what: 'fields', fields: 'Price, Rating' });
    expect(plan.steps[1]).toMatchObject({ id: 'read-fields', what: 'fields' });
    const fields = (plan.steps[1] as Extract<Step, { kind: 'extract' }>).fields!;
    expect(Object.keys(fields)).toEqual(['Price', 'Rating']);
    expect(fields.Price.strategies).toContainEqual({ label: 'Price' });
  });

  // Parsed goals in the GoalParser's shape (text, intent, entities, constraints, flags).
  const parsed = (text: string, intent: string, entities: Record<string, unknown> = {}, constraints: Record<string, unknown> = {}, flags: Record<string, unknown> = {}) => ({
    text, intent, confidence: 0.9, entities: { products: [], sites: [], fields: [], values: {}, ...entities }, constraints,
    flags: { submit: false, pressEnter: false, risky: [], vague: false, ...flags }, spans: [],
  });

  const goals: Array<[ReturnType<typeof parsed>, string, Record<string, unknown>]> = [
    [parsed('compare the price of a Bosch kettle on a.example and b.example', 'compare', { products: ['Bosch kettle'], sites: ['a.example', 'b.example'] }),
      'price-comparison', { product: 'Bosch kettle', sites: ['https://a.example/', 'https://b.example/'] }],
    [parsed('find wireless headphones on shop.example under 50 euros', 'search', { products: ['wireless headphones'], sites: ['shop.example'] }, { priceMax: 50, currency: 'EUR' }),
      'search-and-filter', { query: 'wireless headphones', site: 'https://shop.example/', maxPrice: 50 }],
    [parsed('extract the table on this page', 'extract', { subject: 'table' }), 'data-extraction', { what: 'table' }],
    [parsed('get all the links on this page', 'extract', { fields: ['url'] }), 'data-extraction', { what: 'links' }],
    [parsed('list the headings', 'extract', { fields: ['name'] }), 'data-extraction', { what: 'headings' }],
    [parsed('get all results from the next 5 pages', 'extract', { subject: 'result' }, { pages: 5 }), 'pagination', { maxPages: 5 }],
    [parsed('collect all reviews across all pages', 'paginate', { fields: ['reviews'] }, { pages: 'all' }), 'pagination', { maxPages: 200 }],
    [parsed('fill the form with name Ada and email ada@example.com and submit it', 'fill', { values: { name: 'Ada', email: 'ada@example.com' } }, {}, { submit: true }),
      'form-filling', { values: ['name: Ada', 'email: ada@example.com'], submit: true }],
  ];
  it.each(goals.map(([goal, expected, params]) => [goal.text, goal, expected, params] as const))('is chosen confidently for "%s"', (_text, goal, expected, params) => {
    const match = matchGoal(registry, goal);
    expect(match).toMatchObject({ template: { name: expected }, params, missing: [] });
    expect(match!.score).toBeGreaterThanOrEqual(0.75);
  });

  it('is not confident when the shops are bare names it cannot turn into addresses', () => {
    const match = matchGoal(registry, parsed('compare prices of iPhone 15 on amazon and ebay', 'compare', { products: ['iPhone 15'], sites: ['amazon', 'ebay'] }));
    expect(match).toMatchObject({ template: { name: 'price-comparison' }, missing: ['sites'] });
  });
});
