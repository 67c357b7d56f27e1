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
  const started: Array<Record<string, unknown>> = [];
  let active = 0;
  const orchestrator = {
    get: async (id: string) => (id === run.id ? run : undefined),
    start: async (req: Record<string, unknown>) => { started.push(req); return { id: 'new-run' }; },
  };
  const tabs = { get: async (id: number) => { if (id !== 7) throw new Error('No tab'); return { id, url: 'https://shop.example/' }; } } as unknown as TabsApi;
  const h = templateHandlers({ registry, orchestrator } as unknown as Services, tabs, () => { active++; });
  return Object.assign(h, { started, active: () => active });
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

describe('template run', () => {
  it('plans from the template with no model and starts right away on the tab', async () => {
    const h = handlers();
    expect(await h['template.run']({ name: 'search-and-filter', params: { query: 'kettle' }, tabId: 7 }, {})).toEqual({ runId: 'new-run' });
    expect(h.started).toEqual([expect.objectContaining({
      goal: 'Search this site and filter the results: query=kettle', tabId: 7, startUrl: 'https://shop.example/', autoApprove: true,
      plan: expect.objectContaining({ source: 'template', template: expect.stringMatching(/^search-and-filter@/) }),
    })]);
    expect(h.active()).toBe(1);
  });

  it('says plainly when the template or the tab is gone', async () => {
    const h = handlers();
    await expect(h['template.run']({ name: 'nope', params: {}, tabId: 7 }, {})).rejects.toThrow('There is no template "nope".');
    await expect(h['template.run']({ name: 'search-and-filter', params: { query: 'x' }, tabId: 9 }, {})).rejects.toThrow('The tab for this run is closed.');
    await expect(h['template.saveFromRun']({ runId: 'gone', name: 'x', params: [] }, {})).rejects.toThrow('There is no run gone.');
    expect(h.started).toEqual([]);
  });
});
