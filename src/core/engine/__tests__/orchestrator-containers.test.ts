import { makePlan, step, css } from '../../testing';
import { ElementNotFound, ElementNotInteractable } from '../../errors';
import type { Step } from '../../plan';
import { setup } from './harness';

const sites = ['https://a.example/', 'https://b.example/'];

describe('orchestrator: forEach, paginate, compute, templates', () => {
  it('expands forEach lazily with nested state ids and concatenates records with their source', async () => {
    const plan = makePlan([
      { id: 's1', kind: 'forEach', items: '{{param.sites}}', as: 'site', description: 'Each site', steps: [
        step.navigate('s2', '{{site}}'),
        { ...step.extract('s3'), query: '{{param.q}}' },
      ] },
      { id: 's4', kind: 'compute', op: 'min', input: '{{steps.s1.records}}', field: 'price', description: 'Cheapest' },
    ], { params: { sites, q: 'cable' }, origins: ['a.example', 'b.example'], intent: 'compare' });
    const t = setup({ plan });
    t.driver.on('s3', (s) => ({ output: { records: [{ name: 'A', price: 12 }], url: t.driver.url }, url: t.driver.url, locatorUsed: (s as { query: string }).query }),
      () => ({ output: { records: [{ name: 'B', price: '9.99' }, { name: 'C', price: 30, source: 'elsewhere' }], url: t.driver.url } }));
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(Object.keys(run.steps)).toEqual(['s1', 's1[0].s2', 's1[0].s3', 's1[1].s2', 's1[1].s3', 's4']);
    expect(t.driver.calls.map((c) => (c.step as { url?: string }).url ?? c.step.id)).toEqual([...sites.slice(0, 1), 's3', sites[1], 's3']);
    expect(run.steps.s1.output).toEqual({ records: [
      { name: 'A', price: 12, source: 'https://a.example/' },
      { name: 'B', price: '9.99', source: 'https://b.example/' },
      { name: 'C', price: 30, source: 'elsewhere' },
    ] });
    expect(run.result).toMatchObject({ record: { name: 'B' }, best: { name: 'B' } });
    expect(run.steps['s1[0].s3'].locatorUsed).toBe('cable');
    const progress = t.events.filter((e) => e.type === 'progress').map((e) => (e.data as { total: number }).total);
    expect(progress[0]).toBe(5);
    expect(progress.at(-1)).toBe(5);
  });

  it('fails clearly when forEach items are not a list', async () => {
    const t = setup({ plan: makePlan([{ id: 's1', kind: 'forEach', items: '{{param.q}}', as: 'x', description: 'Each', steps: [step.click('s2')] }], { params: { q: 'text' } }) });
    const run = await t.run();
    expect(run).toMatchObject({ status: 'failed', error: { category: 'validation' } });
    expect(run.error?.message).toContain('are not a list');
  });

  it('paginates until the next button is gone, de-duplicating records', async () => {
    const next = css('.next', 'Next page');
    const plan = makePlan([{ id: 'p', kind: 'paginate', next, maxPages: 10, description: 'All pages', steps: [step.extract('e')] }]);
    const t = setup({ plan });
    const page = (names: string[]) => ({ output: { records: names.map((name) => ({ name })), url: t.driver.url } });
    t.driver.on('e', page(['a', 'b']), page(['b', 'c']), page(['d']));
    t.driver.on('p-next', {}, {}, new ElementNotFound('no next'));
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(run.steps.p.output).toMatchObject({ records: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }], pages: 3 });
    expect(run.steps['p[2].@next']).toMatchObject({ status: 'skipped' });
    expect(Object.keys(run.steps)).toEqual(['p', 'p[0].e', 'p[0].@next', 'p[1].e', 'p[1].@next', 'p[2].e', 'p[2].@next']);
    expect(t.driver.count('p-next')).toBe(3);
    expect(t.events.filter((e) => e.type === 'progress').at(-1)?.data).toMatchObject({ percent: 100 });
  });

  it('ends paginating at a disabled next button (the last page), without retrying it', async () => {
    const next = css('.next', 'Next page');
    const t = setup({ plan: makePlan([{ id: 'p', kind: 'paginate', next, maxPages: 10, description: 'All pages', steps: [step.extract('e')] }]) });
    t.driver.on('e', { output: { records: [{ name: 'a' }] } }, { output: { records: [{ name: 'b' }] } });
    t.driver.on('p-next', {}, new ElementNotInteractable('Next is disabled', { reason: 'disabled' }));
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(run.steps.p.output).toMatchObject({ records: [{ name: 'a' }, { name: 'b' }], pages: 2 });
    expect(t.driver.count('p-next')).toBe(2);
  });

  it('stops paginating at maxPages or when a page brings nothing new', async () => {
    const next = css('.next');
    const capped = setup({ plan: makePlan([{ id: 'p', kind: 'paginate', next, maxPages: 2, description: 'P', steps: [step.extract('e')] }]) });
    capped.driver.records.e = [{ n: 1 }];
    expect((await capped.run()).steps.p.output).toMatchObject({ pages: 2 });
    expect(capped.driver.count('p-next')).toBe(1);

    const stale = setup({ plan: makePlan([{ id: 'p', kind: 'paginate', next, maxPages: 9, stopWhen: 'noNewRecords', description: 'P', steps: [step.extract('e')] }]) });
    stale.driver.records.e = [{ n: 1 }];
    expect((await stale.run()).steps.p.output).toMatchObject({ pages: 2, records: [{ n: 1 }] });
  });

  it('runs a template in its own scope with its params', async () => {
    const resolveTemplate = async (name: string, _v: string | undefined, params: Record<string, unknown>): Promise<Step[]> => {
      expect(name).toBe('shop-search');
      expect(params).toEqual({ q: 'cable' });
      return [
        { id: 't1', kind: 'type', target: css('#q'), value: '{{param.q}}', clear: true, pressEnter: true, description: 'Search', confidence: 1, risk: 'low' },
        { id: 't2', kind: 'extract', what: 'list', description: 'Results', confidence: 1, risk: 'low' },
      ];
    };
    const plan = makePlan([{ id: 's1', kind: 'useTemplate', template: 'shop-search', params: { q: '{{param.q}}' }, description: 'Use template' }], { params: { q: 'cable' } });
    const t = setup({ plan, deps: { resolveTemplate } });
    t.driver.records.t2 = [{ name: 'X' }];
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(Object.keys(run.steps)).toEqual(['s1', 's1.t1', 's1.t2']);
    expect((t.driver.calls[0].step as { value: string }).value).toBe('cable');
    expect(run.result).toMatchObject({ records: [{ name: 'X' }] });
  });

  it('refuses templates when they are turned off or invalid', async () => {
    const plan = makePlan([{ id: 's1', kind: 'useTemplate', template: 'x', description: 'T' }]);
    const off = setup({ plan, config: { flags: { templates: false } }, deps: { resolveTemplate: () => [] } });
    expect(await off.run()).toMatchObject({ status: 'failed', error: { message: 'Templates are turned off in this build' } });
    const bad = setup({ plan, deps: { resolveTemplate: () => [{ id: 't1', kind: 'navigate', url: '{{param.nope}}', description: 'x' } as never] } });
    expect(await bad.run()).toMatchObject({ status: 'failed', error: { name: 'PlanInvalid' } });
  });

  it('computes over earlier records, e.g. a filter then a sort', async () => {
    const plan = makePlan([
      step.extract('s1'),
      { id: 's2', kind: 'compute', op: 'filter', input: '{{steps.s1.records}}', where: { field: 'price', op: 'lt', value: 100 }, description: 'Under 100' },
      { id: 's3', kind: 'compute', op: 'sort', input: '{{steps.s2.records}}', field: 'price', order: 'desc', description: 'Sort' },
    ]);
    const t = setup({ plan });
    t.driver.records.s1 = [{ p: 'a', price: '50' }, { p: 'b', price: '150' }, { p: 'c', price: 70 }];
    const run = await t.run();
    expect(run.result).toEqual({ records: [{ p: 'c', price: 70 }, { p: 'a', price: '50' }] });
  });
});
