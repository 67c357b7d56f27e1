import { builtinTemplates } from '../../../../templates';
import { PlanSchema } from '../../plan';
import { createTemplateRegistry } from '../registry';
import { createTemplatePlanner } from '../planner';
import type { ParsedGoalLike } from '../goal-match';
import { counterIds } from './fixtures';

const registry = createTemplateRegistry({ builtins: builtinTemplates });

describe('template planner', () => {
  it('returns an instantiated plan with zero model calls when the match is confident and complete', async () => {
    const parseGoal = vi.fn((): ParsedGoalLike => ({ intent: 'compare', entities: { products: ['kettle'], sites: ['a.example', 'b.example'] } }));
    const planner = createTemplatePlanner(registry, parseGoal, { ids: counterIds() });
    expect(planner.source).toBe('template');
    const result = await planner.plan({ goal: 'compare the price of kettle on a.example and b.example' });
    expect(parseGoal).toHaveBeenCalledWith('compare the price of kettle on a.example and b.example');
    expect(result!.usage).toEqual({ modelCalls: 0, promptTokens: 0, completionTokens: 0 });
    expect(PlanSchema.safeParse(result!.plan).success).toBe(true);
    expect(result!.plan).toMatchObject({
      id: 'plan-1', goal: 'compare the price of kettle on a.example and b.example', source: 'template', intent: 'compare',
      template: 'price-comparison@1.0.0', origins: ['https://a.example', 'https://b.example'],
    });
    expect(result!.plan.confidence).toBeGreaterThan(0.9);
  });

  it('uses the parsed goal in the request, and its intent from the request when the parse has none', async () => {
    const parseGoal = vi.fn(async (): Promise<ParsedGoalLike> => ({}));
    const planner = createTemplatePlanner(registry, parseGoal);
    const result = await planner.plan({ goal: 'fill the form', intent: 'fill', parsed: { entities: { values: ['Email: a@b.c'] } } });
    expect(parseGoal).not.toHaveBeenCalled();
    expect(result!.plan.template).toBe('form-filling@1.0.0');
    expect(result!.plan.steps.map((s) => s.id)).toEqual(['each-field']);
  });

  it('steps aside when a required parameter is unknown', async () => {
    const planner = createTemplatePlanner(registry, () => ({ intent: 'compare', entities: { products: ['kettle'] } }));
    expect(await planner.plan({ goal: 'compare kettle prices' })).toBeNull();
  });

  it('steps aside when the match is not confident', async () => {
    const planner = createTemplatePlanner(registry, () => ({ intent: 'unknown', words: ['fill'] }));
    expect(await planner.plan({ goal: 'fill' })).toBeNull();
    const strict = createTemplatePlanner(registry, () => ({ intent: 'extract', words: ['zzz'] }), { threshold: 0.99 });
    expect(await strict.plan({ goal: 'extract' })).toBeNull();
  });

  it('takes page context and explicit parameters from the request', async () => {
    const planner = createTemplatePlanner(registry, () => ({ intent: 'search' }));
    const result = await planner.plan({ goal: 'search this site', params: { query: 'green tea', maxPrice: '20' }, url: 'https://shop.example/' });
    expect(result!.plan.params).toEqual({ query: 'green tea', maxPrice: 20 });
    expect(result!.plan.steps.map((s) => s.id)).toEqual(['search', 'wait-results', 'results', 'within-budget']);
  });

  it('returns null when the template cannot be instantiated, and rethrows other failures', async () => {
    const broken = createTemplateRegistry();
    broken.register({
      name: 'needs-friend', title: 'Needs a friend', description: 'Uses a template that is not there.', version: '1.0.0', intents: ['extract'],
      steps: [{ id: 'x', kind: 'useTemplate', description: 'x', template: 'absent' }],
    });
    expect(await createTemplatePlanner(broken, () => ({ intent: 'extract' })).plan({ goal: 'extract' })).toBeNull();
    const failing = { list: () => { throw new TypeError('boom'); }, get: () => undefined };
    await expect(createTemplatePlanner(failing, () => ({ intent: 'extract' })).plan({ goal: 'x' })).rejects.toThrow('boom');
  });
});
