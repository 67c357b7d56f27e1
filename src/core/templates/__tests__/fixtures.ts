import type { TemplateInput } from '../schema';
import type { RunRecord } from '../../run';
import type { Plan } from '../../plan';

/** A counter Ids port, so plan ids are predictable. */
export function counterIds() {
  let n = 0;
  return { next: (prefix: string) => `${prefix}-${++n}` };
}

/** A small template that exercises every parameter type. */
export function shopSearch(overrides: Partial<TemplateInput> = {}): TemplateInput {
  return {
    name: 'shop-search',
    title: 'Search a shop',
    description: 'Open a shop, search it and read the results.',
    version: '1.0.0',
    intents: ['search'],
    tags: ['search', 'shop'],
    params: [
      { name: 'site', type: 'url', label: 'Shop', required: true },
      { name: 'query', type: 'string', label: 'Query', required: true },
      { name: 'limit', type: 'number', label: 'Limit', required: false, default: 10, min: 1, max: 100 },
      { name: 'strict', type: 'boolean', label: 'Only exact matches', required: false },
      { name: 'tags', type: 'string[]', label: 'Tags', required: false },
    ],
    steps: [
      { id: 'open', kind: 'navigate', description: 'Open {{param.site}}', url: '{{param.site}}' },
      { id: 'type-query', kind: 'type', description: 'Search', target: { description: 'search box', strategies: [{ role: 'searchbox' }] }, value: '{{param.query}}', pressEnter: true },
      { id: 'read', kind: 'extract', description: 'Read results', what: 'list', limit: '{{param.limit}}', query: '{{param.query}}' },
      { id: 'exact', kind: 'compute', description: 'Keep exact matches', op: 'filter', input: '{{steps.read.records}}', where: { field: 'name', op: 'contains', value: '{{param.query}}' }, when: { param: 'strict' } },
    ],
    examples: [{ description: 'Kettles', params: { site: 'shop.example', query: 'kettle' } }],
    ...overrides,
  };
}

/** A finished run of a plan, as the RunStore keeps it. */
export function finishedRun(plan: Plan, overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 'run-1', goal: plan.goal, status: 'done', createdAt: 1, updatedAt: 2, cursor: plan.steps.length,
    steps: {}, inputs: {}, suggestions: [], usage: { modelCalls: 1, promptTokens: 10, completionTokens: 5 }, lastSeq: 9,
    plan, ...overrides,
  };
}

/** A hand-written plan, as an AI planner would return it. */
export function aiPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-ai', goal: 'find a kettle on shop.example', intent: 'search', params: {}, origins: ['https://shop.example'],
    confidence: 0.9, source: 'ai', promptVersion: 'p1',
    steps: [
      { id: 's1', kind: 'navigate', description: 'Open shop.example', url: 'https://shop.example/', confidence: 1, risk: 'low' },
      {
        id: 's2', kind: 'type', description: 'Search for kettle', confidence: 1, risk: 'low', clear: true, pressEnter: true, value: 'kettle',
        target: { description: 'search box', strategies: [{ ref: 'e4' }, { placeholder: 'Search' }, { css: '#q' }] },
      },
      { id: 's3', kind: 'extract', description: 'Read the kettles', confidence: 1, risk: 'low', what: 'list', query: 'kettle' },
      { id: 's4', kind: 'navigate', description: 'Open the deals', confidence: 1, risk: 'low', url: 'https://shop.example/search?q=kettle%20deals' },
    ],
    ...overrides,
  };
}
