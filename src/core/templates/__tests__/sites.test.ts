import { builtinTemplates } from '../../../../templates';
import { templateFromRun } from '../from-run';
import { parseTemplate } from '../schema';
import { templateSites } from '../sites';
import { aiPlan, finishedRun, shopSearch } from './fixtures';

describe('template sites', () => {
  it('names no site for templates built on parameters, so they fit any page', () => {
    expect(templateSites(parseTemplate(shopSearch()))).toEqual([]);
    for (const t of builtinTemplates) expect(templateSites(parseTemplate(t))).toEqual([]);
  });

  it('names the site a run was saved from', () => {
    const t = templateFromRun(finishedRun(aiPlan()), { name: 'kettles', title: 'Kettles', paramChoices: [] });
    expect(templateSites(t)).toEqual(['https://shop.example']);
  });

  it('stops naming the site once its URL became a parameter', () => {
    const plan = aiPlan({ origins: [] });
    const t = templateFromRun(finishedRun({ ...plan, steps: plan.steps.slice(0, 3) }), {
      name: 'kettles', title: 'Kettles', paramChoices: [{ paramName: 'url', path: 's1.url', value: 'https://shop.example/' }],
    });
    expect(templateSites(t)).toEqual([]);
  });

  it('reads declared origins, URL parameter defaults and fixed URLs in nested steps, once each', () => {
    const t = parseTemplate(shopSearch({
      origins: ['https://a.example', '{{param.site}}', 'https://a.example/', 'chrome://settings', 'shop.example'],
      params: [
        { name: 'site', type: 'url', label: 'Shop', required: false, default: 'https://b.example/start' },
        { name: 'more', type: 'url[]', label: 'More', required: false, default: ['http://c.example:8080/x'] },
        { name: 'query', type: 'string', label: 'Query', required: false, default: 'https://not-a-url-param.example' },
      ],
      steps: [
        { id: 'loop', kind: 'forEach', description: 'Each shop', items: '{{param.more}}', as: 'shop', steps: [
          { id: 'open', kind: 'openTab', description: 'Open the outlet', url: 'https://d.example/outlet' },
        ] },
        { id: 'go', kind: 'navigate', description: 'Open', url: '{{param.site}}' },
      ],
      examples: [],
    }));
    expect(templateSites(t)).toEqual(['https://a.example', 'https://b.example', 'http://c.example:8080', 'https://d.example']);
  });
});
