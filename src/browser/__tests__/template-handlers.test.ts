import { createTemplateRegistry } from '../../core/templates';
import { builtinTemplates } from '../../../templates';
import type { RunRecord } from '../../core/run';
import type { Plan } from '../../core/plan';
import { templateHandlers } from '../handlers/template-handlers';
import type { Services } from '../services';
import type { TabsApi } from '../tab-control';

const plan: Plan = {
  id: 'p1', goal: 'find a kettle on shop.example', intent: 'search', params: {}, origins: ['https://shop.example'],
  confidence: 0.9, source: 'ai', promptVersion: 'p1',
  steps: [
    { id: 's1', kind: 'navigate', description: 'Open the shop', url: 'https://shop.example/', confidence: 1, risk: 'low' },
    { id: 's2', kind: 'type', description: 'Search for kettle', confidence: 1, risk: 'low', clear: true, pressEnter: true, value: 'kettle',
      target: { description: 'search box', strategies: [{ css: '#q' }] } },
  ],
};
const run: RunRecord = {
  id: 'r1', goal: plan.goal, status: 'done', createdAt: 1, updatedAt: 2, cursor: 2, steps: {}, inputs: {}, suggestions: [],
  usage: { modelCalls: 1, promptTokens: 1, completionTokens: 1 }, lastSeq: 3, plan,
};

function handlers() {
  const registry = createTemplateRegistry({ builtins: builtinTemplates });
  const svc = { registry, orchestrator: { get: async (id: string) => (id === run.id ? run : undefined) } } as unknown as Services;
  return templateHandlers(svc, {} as TabsApi, () => {});
}

describe('template list', () => {
  it('says which sites a template is made for: none for the built-ins, the shop for one saved from a run there', async () => {
    const h = handlers();
    await h['template.saveFromRun']({ runId: 'r1', name: 'shop-kettles', title: 'Kettles at the shop', params: [{ name: 'product', stepId: 's2', field: 'value', value: 'kettle' }] }, {});
    const list = await h['template.list']({}, {});
    expect(list.filter((t) => t.name !== 'shop-kettles').every((t) => t.sites?.length === 0)).toBe(true);
    expect(list.find((t) => t.name === 'shop-kettles')).toMatchObject({ title: 'Kettles at the shop', sites: ['https://shop.example'], params: [{ name: 'product' }] });
  });
});
