import { PlanSchema } from '../../plan';
import { PlanInvalid } from '../../errors';
import { instantiateTemplate } from '../instantiate';
import { createTemplateResolver, expandNested, assertNoTemplateCycle, MAX_TEMPLATE_DEPTH } from '../nesting';
import { createTemplateRegistry } from '../registry';
import type { TemplateInput } from '../schema';
import { shopSearch } from './fixtures';

const use = (id: string, template: string, params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  ({ id, kind: 'useTemplate', description: `Use ${template}`, template, params, ...extra });

function wrapper(name: string, steps: TemplateInput['steps'], params: TemplateInput['params'] = []): TemplateInput {
  return { name, title: name, description: name, version: '1.0.0', intents: ['search'], params, steps };
}

function registryWith(...templates: TemplateInput[]) {
  const registry = createTemplateRegistry();
  for (const t of templates) registry.register(t);
  return registry;
}

describe('nested templates', () => {
  it('inlines a nested template with prefixed ids and rewires references to it', () => {
    const outer = wrapper('two-shops', [
      use('first', 'shop-search', { site: '{{param.a}}', query: '{{param.q}}' }),
      use('second', 'shop-search', { site: '{{param.b}}', query: '{{param.q}}', strict: true }, { optional: true }),
      { id: 'all', kind: 'compute', description: 'Merge', op: 'merge', input: ['{{steps.first.records}}', '{{steps.second.records}}'] },
    ], [
      { name: 'a', type: 'url', label: 'A', required: true }, { name: 'b', type: 'url', label: 'B', required: true },
      { name: 'q', type: 'string', label: 'Q', required: true },
    ]);
    const registry = registryWith(shopSearch(), outer);
    const plan = instantiateTemplate(registry.get('two-shops')!, { a: 'a.example', b: 'b.example', q: 'kettle' }, { registry });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.steps.map((s) => s.id)).toEqual([
      'first-open', 'first-type-query', 'first-read', 'second-open', 'second-type-query', 'second-read', 'second-exact', 'all',
    ]);
    expect(plan.steps[1]).toMatchObject({ value: 'kettle' });
    expect(plan.steps[3]).toMatchObject({ url: 'https://b.example/', optional: true });
    // Inside the nested template, its own references follow the new ids…
    expect(plan.steps[6]).toMatchObject({ input: '{{steps.second-read.records}}' });
    // …and outside, a reference to the useTemplate step points at its last records step.
    expect(plan.steps[7]).toMatchObject({ input: ['{{steps.first-read.records}}', '{{steps.second-exact.records}}'] });
    expect(plan.origins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('inlines templates used inside loops', () => {
    const outer = wrapper('each-shop', [
      { id: 'loop', kind: 'forEach', description: 'Each', items: ['https://a.example'], as: 'site', steps: [use('inner', 'shop-search', { site: '{{site}}', query: 'tea' })] },
    ]);
    const registry = registryWith(shopSearch(), outer);
    // The loop variable is not a URL yet; the nested template refuses it and names the step.
    expect(() => instantiateTemplate(registry.get('each-shop')!, {}, { registry })).toThrow(/^Step "inner": Template "shop-search" cannot start/);
  });

  it('refuses a template that uses itself', () => {
    const registry = registryWith(wrapper('selfish', [use('again', 'selfish')]));
    expect(() => instantiateTemplate(registry.get('selfish')!, {}, { registry })).toThrow('Templates use each other in a cycle: selfish → selfish.');
  });

  it('refuses templates that use each other, naming the cycle', () => {
    const registry = registryWith(wrapper('alpha', [use('b', 'beta')]), wrapper('beta', [use('a', 'alpha')]));
    try {
      instantiateTemplate(registry.get('alpha')!, {}, { registry });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInvalid);
      expect((e as PlanInvalid).message).toBe('Templates use each other in a cycle: alpha → beta → alpha.');
      expect((e as PlanInvalid).details.cycle).toEqual(['alpha', 'beta', 'alpha']);
    }
    expect(() => assertNoTemplateCycle(registry.get('beta')!, registry)).toThrow('beta → alpha → beta');
    expect(() => instantiateTemplate(registry.get('alpha')!, {}, { registry, nested: 'keep' })).toThrow(/cycle: alpha → beta → alpha/);
  });

  it('refuses nesting deeper than the limit', () => {
    const chain = Array.from({ length: MAX_TEMPLATE_DEPTH + 1 }, (_x, i) => (
      i === MAX_TEMPLATE_DEPTH
        ? wrapper(`level${i}`, [{ id: 'read', kind: 'extract', description: 'x', what: 'list' }])
        : wrapper(`level${i}`, [use('next', `level${i + 1}`)])
    ));
    const registry = registryWith(...chain);
    expect(() => instantiateTemplate(registry.get('level0')!, {}, { registry })).toThrow(/nested more than 4 levels deep: level0 → level1 → level2 → level3 → level4/);
    expect(instantiateTemplate(registry.get('level1')!, {}, { registry }).steps.map((s) => s.id)).toEqual(['next-next-next-read']);
  });

  it('names an unknown nested template and the step that uses it', () => {
    const registry = registryWith(wrapper('lonely', [use('x', 'missing', {}, { version: '2.0.0' })]));
    expect(() => instantiateTemplate(registry.get('lonely')!, {}, { registry })).toThrow('Unknown template "missing@2.0.0" (used by step "x").');
    expect(() => instantiateTemplate(registry.get('lonely')!, {})).toThrow(/Unknown template/);
  });

  it('can keep useTemplate steps for the engine, with parameters filled in', () => {
    const outer = wrapper('keeper', [use('inner', 'shop-search', { site: '{{param.site}}', query: 'tea' })], [{ name: 'site', type: 'url', label: 'Site', required: true }]);
    const registry = registryWith(shopSearch(), outer);
    const plan = instantiateTemplate(registry.get('keeper')!, { site: 'a.example' }, { registry, nested: 'keep' });
    expect(plan.steps).toEqual([expect.objectContaining({ kind: 'useTemplate', template: 'shop-search', params: { site: 'https://a.example/', query: 'tea' } })]);
  });

  it('gives the engine a resolver that returns the nested steps, fully expanded', () => {
    const outer = wrapper('outer', [use('inner', 'shop-search', { site: 'a.example', query: 'tea' })]);
    const registry = registryWith(shopSearch(), outer);
    const resolve = createTemplateResolver(registry);
    expect(resolve('shop-search', '1', { site: 'a.example', query: 'tea' }).map((s) => s.id)).toEqual(['open', 'type-query', 'read']);
    expect(resolve('outer', undefined, {}).map((s) => s.id)).toEqual(['inner-open', 'inner-type-query', 'inner-read']);
    expect(() => resolve('shop-search', undefined, {})).toThrow(/"Shop" is required/);
    expect(() => resolve('nope', undefined, {})).toThrow(/Unknown template "nope"/);
  });

  it('expands useTemplate steps in any plan, such as one from the AI planner', () => {
    const registry = registryWith(shopSearch());
    const steps = expandNested([
      { id: 'look', kind: 'useTemplate', description: 'Search', template: 'shop-search', params: { site: 'a.example', query: 'tea' }, confidence: 1, risk: 'low' },
      { id: 'pages', kind: 'paginate', description: 'More', next: { description: 'next', strategies: [{ text: 'Next' }] }, maxPages: 2, stopWhen: 'noNext', confidence: 1, risk: 'low',
        steps: [{ id: 'again', kind: 'useTemplate', description: 'Search', template: 'shop-search', params: { site: 'b.example', query: 'tea' }, confidence: 1, risk: 'low' }] },
    ], registry);
    expect(steps.map((s) => s.id)).toEqual(['look-open', 'look-type-query', 'look-read', 'pages']);
    expect((steps[3] as { steps: Array<{ id: string }> }).steps.map((s) => s.id)).toEqual(['again-open', 'again-type-query', 'again-read']);
  });
});
