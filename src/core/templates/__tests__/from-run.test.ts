import { PlanSchema } from '../../plan';
import { PlanInvalid } from '../../errors';
import { templateFromRun, valueAtPath } from '../from-run';
import { instantiateTemplate } from '../instantiate';
import { createTemplateRegistry } from '../registry';
import { parseTemplate } from '../schema';
import { aiPlan, finishedRun, shopSearch } from './fixtures';

describe('saving a run as a template', () => {
  it('turns chosen literals into parameters and replays with other values, no model needed', () => {
    const run = finishedRun(aiPlan(), { steps: { s2: { status: 'done', attempts: 1, locatorUsed: 'css=#q' } } });
    const t = templateFromRun(run, {
      name: 'kettle-search', title: 'Search a shop',
      paramChoices: [{ path: 's2.value', paramName: 'product' }, { path: 'steps.0.url', paramName: 'site', label: 'Shop' }],
    });
    expect(t.params).toEqual([
      { name: 'product', type: 'string', label: 'Product', required: true },
      { name: 'site', type: 'url', label: 'Shop', required: true },
    ]);
    expect(t.examples).toEqual([{ description: 'The values of the run it was saved from', goal: run.goal, params: { product: 'kettle', site: 'https://shop.example/' } }]);
    expect(t.steps[1]).toMatchObject({ value: '{{param.product}}', description: 'Search for {{param.product}}' });
    // The strategy that worked comes first; snapshot refs never replay and are dropped.
    expect((t.steps[1] as unknown as { target: { strategies: unknown[] } }).target.strategies).toEqual([{ css: '#q' }, { placeholder: 'Search' }]);
    expect(t.steps[3]).toMatchObject({ url: '{{param.site}}search?q={{param.product|url}}%20deals' });
    expect(t.origins).toEqual(['{{param.site}}']);

    const plan = instantiateTemplate(t, { product: 'tea pot', site: 'other.example' }, { registry: createTemplateRegistry() });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.steps[0]).toMatchObject({ url: 'https://other.example/' });
    expect(plan.steps[1]).toMatchObject({ value: 'tea pot' });
    expect(plan.steps[2]).toMatchObject({ query: 'tea pot' });
    expect(plan.steps[3]).toMatchObject({ url: 'https://other.example/search?q=tea%20pot%20deals' });
    expect(plan.origins).toEqual(['https://other.example']);
  });

  it('keeps the params of a plan that came from a template, including lists', () => {
    const source = parseTemplate(shopSearch({ steps: [
      { id: 'loop', kind: 'forEach', description: 'Each tag', items: '{{param.tags}}', as: 'tag', steps: [{ id: 'open', kind: 'navigate', description: 'Open', url: '{{param.site}}' }] },
      { id: 'read', kind: 'extract', description: 'Read', what: 'list', query: '{{param.query}}', limit: '{{param.limit}}' },
    ] }));
    const plan = instantiateTemplate(source, { site: 'shop.example', query: 'kettle', tags: 'red, blue', limit: 7 });
    const t = templateFromRun(finishedRun(plan), { name: 'again', title: 'Again', paramChoices: [] });
    expect(t.params.map((p) => [p.name, p.type])).toEqual([['site', 'url'], ['query', 'string'], ['limit', 'number'], ['tags', 'string[]']]);
    expect(t.steps[0]).toMatchObject({ items: '{{param.tags}}' });
    expect(t.steps[1]).toMatchObject({ limit: '{{param.limit}}', query: '{{param.query}}' });
    const replay = instantiateTemplate(t, { site: 'b.example', query: 'mug', tags: ['green'], limit: 3 });
    expect(replay.steps[0]).toMatchObject({ items: ['green'] });
    expect(replay.steps[1]).toMatchObject({ limit: 3, query: 'mug' });
  });

  it('gives a chosen name to a value the plan already holds as a parameter (a run from a template)', () => {
    const source = parseTemplate(shopSearch({ steps: [
      { id: 'find', kind: 'type', description: 'Search for {{param.query}}', value: '{{param.query}}', target: { description: 'box', strategies: [{ css: '#q' }] } },
      { id: 'open', kind: 'navigate', description: 'Open', url: '{{param.site}}search?q={{param.query|url}}' },
    ] }));
    const plan = instantiateTemplate(source, { site: 'shop.example', query: 'aeron' });
    const fromTemplate = templateFromRun(finishedRun(plan), { name: 'again', title: 'Again', paramChoices: [{ path: 'find.value', paramName: 'product' }] });
    expect(fromTemplate.params.map((p) => p.name)).toEqual(['product', 'site', 'limit']);
    expect(fromTemplate.steps[0]).toMatchObject({ value: '{{param.product}}', description: 'Search for {{param.product}}' });
    expect(instantiateTemplate(fromTemplate, { product: 'embody', site: 'b.example', limit: 5 }).steps[0]).toMatchObject({ value: 'embody' });

    // A plan that kept its placeholder: the parameter is renamed, filters and all.
    const kept = aiPlan({ params: { query: 'aeron' }, steps: [{ id: 's1', kind: 'navigate', description: 'Open', confidence: 1, risk: 'low', url: 'https://shop.example/s?q={{param.query|url}}' }] });
    const renamed = templateFromRun(finishedRun(kept), { name: 'again', title: 'Again', paramChoices: [{ value: 'aeron', paramName: 'product' }] });
    expect(renamed.params.map((p) => p.name)).toEqual(['product']);
    expect(renamed.steps[0]).toMatchObject({ url: 'https://shop.example/s?q={{param.product|url}}' });
  });

  it('accepts choices by value, and infers the parameter type from it', () => {
    const plan = aiPlan({ params: {}, steps: [
      ...aiPlan().steps,
      { id: 's5', kind: 'paginate', description: 'More', maxPages: 4, stopWhen: 'noNext', confidence: 1, risk: 'low', next: { description: 'next', strategies: [{ text: 'Next' }] },
        steps: [{ id: 's6', kind: 'check', description: 'Tick', checked: true, confidence: 1, risk: 'low', target: { description: 'box', strategies: [{ ref: 'e9' }] } }] },
    ] });
    const t = templateFromRun(finishedRun(plan), { name: 'pages', title: 'Pages', paramChoices: [{ value: 4, paramName: 'pages' }, { path: 's6.checked', paramName: 'tick' }] });
    expect(t.params.map((p) => [p.name, p.type])).toEqual([['pages', 'number'], ['tick', 'boolean']]);
    expect(t.steps[4]).toMatchObject({ maxPages: '{{param.pages}}' });
    // A locator with nothing but a snapshot ref is kept rather than left empty.
    expect((t.steps[4] as unknown as { steps: Array<{ target: unknown }> }).steps[0].target).toEqual({ description: 'box', strategies: [{ ref: 'e9' }] });
  });

  it('reports every unusable choice at once', () => {
    try {
      templateFromRun(finishedRun(aiPlan()), { name: 'x', title: 'X', paramChoices: [
        { path: 's9.value', paramName: 'ghost' },
        { value: 'not in the plan', paramName: 'absent' },
        { path: 's2.target', paramName: 'locator' },
        { value: 'kettle', paramName: 'bad name' },
      ] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInvalid);
      expect((e as PlanInvalid).details.issues).toEqual([
        { param: 'ghost', message: 'Nothing at "s9.value" in the plan.' },
        { param: 'absent', message: 'The value "not in the plan" does not appear in the plan\'s steps.' },
        { param: 'locator', message: 'Only text, numbers, yes/no and lists of text can become parameters.' },
        { param: 'bad name', message: 'Parameter names are words like "product".' },
      ]);
    }
  });

  it('saves only finished runs that have a plan, unless told otherwise', () => {
    const options = { name: 'x', title: 'X', paramChoices: [] };
    expect(() => templateFromRun(finishedRun(aiPlan(), { plan: undefined }), options)).toThrow('This run has no plan to save.');
    expect(() => templateFromRun(finishedRun(aiPlan(), { status: 'failed' }), options)).toThrow(/Only a finished run/);
    const t = templateFromRun(finishedRun(aiPlan(), { status: 'failed' }), { ...options, allowUnfinished: true, description: 'Mine', tags: ['kettle'], version: '2.0.0' });
    expect(t).toMatchObject({ description: 'Mine', tags: ['kettle'], version: '2.0.0', author: 'user', intents: ['search'], origins: ['https://shop.example'] });
  });

  it('reads values from a plan by path', () => {
    const plan = aiPlan({ params: { product: 'kettle' } });
    expect(valueAtPath(plan, 'params.product')).toBe('kettle');
    expect(valueAtPath(plan, 'steps.1.target.strategies.1.placeholder')).toBe('Search');
    expect(valueAtPath(plan, 's1.url.nothing.here')).toBeUndefined();
  });
});
