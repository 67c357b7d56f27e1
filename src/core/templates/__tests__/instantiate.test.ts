import { PlanSchema } from '../../plan';
import { PlanInvalid } from '../../errors';
import { instantiateTemplate } from '../instantiate';
import { parseTemplate } from '../schema';
import { counterIds, shopSearch } from './fixtures';

const template = parseTemplate(shopSearch());

function errorOf(fn: () => unknown): PlanInvalid {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlanInvalid) return e;
    throw e;
  }
  throw new Error('expected PlanInvalid');
}

describe('instantiating a template', () => {
  it('makes a valid template plan with coerced values and defaults', () => {
    const plan = instantiateTemplate(template, { site: 'shop.example', query: 'kettle' }, { ids: counterIds(), goal: 'find kettles' });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan).toMatchObject({
      id: 'plan-1', goal: 'find kettles', intent: 'search', source: 'template', template: 'shop-search@1.0.0', confidence: 1,
      params: { site: 'https://shop.example/', query: 'kettle', limit: 10 }, origins: ['https://shop.example'],
    });
    expect(plan.steps.map((s) => s.id)).toEqual(['open', 'type-query', 'read']);
    expect(plan.steps[0]).toMatchObject({ url: 'https://shop.example/', description: 'Open https://shop.example/' });
    // A placeholder alone keeps the parameter's type: the limit is a number again.
    expect(plan.steps[2]).toMatchObject({ limit: 10, query: 'kettle' });
  });

  it('includes conditional steps only when their parameter is set', () => {
    const plan = instantiateTemplate(template, { site: 'shop.example', query: 'kettle', strict: 'yes' });
    expect(plan.steps.map((s) => s.id)).toEqual(['open', 'type-query', 'read', 'exact']);
    expect(plan.steps[3]).toMatchObject({ where: { value: 'kettle' }, input: '{{steps.read.records}}' });
  });

  it('drops a field whose optional parameter is not given', () => {
    const t = parseTemplate(shopSearch({ params: [...shopSearch().params!, { name: 'words', type: 'string', label: 'Words' }] }));
    const steps = [...t.steps];
    steps[2] = { ...steps[2], query: '{{param.words}}' };
    const plan = instantiateTemplate({ ...t, steps }, { site: 'shop.example', query: 'kettle' });
    expect(plan.steps[2]).not.toHaveProperty('query');
  });

  it('reports every missing and invalid parameter in one PlanInvalid', () => {
    const err = errorOf(() => instantiateTemplate(template, { site: 'not a site', limit: 'many' }));
    expect(err.category).toBe('validation');
    expect(err.details.template).toBe('shop-search@1.0.0');
    expect(err.details.issues).toEqual([
      { param: 'site', message: '"Shop" must be a web address (https://…), not "not a site".' },
      { param: 'query', message: '"Query" is required.' },
      { param: 'limit', message: '"Limit" must be a number.' },
    ]);
    expect(err.message).toMatch(/cannot start: .*"Query" is required/);
  });

  it('reports a step that is invalid for these values, naming the step', () => {
    const t = parseTemplate(shopSearch({
      params: [{ name: 'site', type: 'url', label: 'Shop', required: true }, { name: 'how', type: 'string', label: 'How', default: 'list' }],
      steps: [{ id: 'read', kind: 'extract', description: 'x', what: '{{param.how}}' }],
      examples: [],
    }));
    const err = errorOf(() => instantiateTemplate(t, { site: 'a.example', how: 'grid' }));
    expect(err.details.issues).toEqual([expect.objectContaining({ step: 'read', path: 'what' })]);
  });

  it('converts a number parameter placed in a text field into text', () => {
    const t = parseTemplate(shopSearch({
      params: [{ name: 'age', type: 'number', label: 'Age', required: true }],
      steps: [{ id: 'age', kind: 'type', description: 'Age', target: { description: 'age', strategies: [{ label: 'Age' }] }, value: '{{param.age}}' }],
      examples: [],
    }));
    expect(instantiateTemplate(t, { age: '42' }).steps[0]).toMatchObject({ value: '42' });
  });

  it('builds a goal from the title and values when none is given', () => {
    const plan = instantiateTemplate(template, { site: 'shop.example', query: 'kettle', tags: 'a, b' });
    expect(plan.goal).toBe('Search a shop (site: https://shop.example/; query: kettle; limit: 10; tags: a, b)');
    const bare = parseTemplate(shopSearch({ params: [], steps: [{ id: 'read', kind: 'extract', description: 'x', what: 'list' }], examples: [] }));
    expect(instantiateTemplate(bare, {}).goal).toBe('Search a shop');
  });

  it('uses the declared origins, filled in, plus literal navigation targets', () => {
    const t = parseTemplate(shopSearch({
      origins: ['{{param.site}}', 'https://help.example/faq', 'not an origin'],
      steps: [...shopSearch().steps, { id: 'help', kind: 'openTab', description: 'Help', url: 'https://cdn.example/help' }],
    }));
    const plan = instantiateTemplate(t, { site: 'http://shop.example:8080/x', query: 'kettle' });
    expect(plan.origins).toEqual(['http://shop.example:8080', 'https://help.example', 'https://cdn.example']);
  });

  it('takes a suggested intent only when the template supports it', () => {
    const t = parseTemplate(shopSearch({ intents: ['search', 'extract'] }));
    expect(instantiateTemplate(t, { site: 'a.example', query: 'q' }, { intent: 'extract' }).intent).toBe('extract');
    expect(instantiateTemplate(t, { site: 'a.example', query: 'q' }, { intent: 'fill' }).intent).toBe('search');
  });

  it('refuses a plan the plan schema rejects', () => {
    const t = parseTemplate(shopSearch());
    expect(() => instantiateTemplate(t, { site: 'a.example', query: 'q' }, { goal: 'x'.repeat(2001) })).toThrow(/invalid plan: goal/);
  });

  it('refuses a template that produces no steps for the given values', () => {
    const t = parseTemplate(shopSearch({ steps: [{ id: 'read', kind: 'extract', description: 'x', what: 'list', when: { param: 'strict' } }], examples: [] }));
    expect(() => instantiateTemplate(t, { site: 'a.example', query: 'q' })).toThrow(/has no steps/);
  });
});
