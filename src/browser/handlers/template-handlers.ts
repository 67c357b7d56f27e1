import type { BackgroundHandlers } from '../router';
import type { Services } from '../services';
import type { TabsApi } from '../tab-control';
import { instantiateTemplate, templateFromRun, templateSites, type Template } from '../../core/templates';
import { PlanInvalid } from '../../core/errors';
import type { TemplateSummary, TemplateParamInfo } from '../../messaging/protocol';

type TemplateHandlers = Pick<BackgroundHandlers, 'template.list' | 'template.run' | 'template.saveFromRun'>;

/** What the panel needs of a template: its form fields, the sites it is made for, example goals. */
function summarize(t: Template): TemplateSummary {
  return {
    name: t.name, title: t.title, description: t.description, version: t.version,
    params: t.params.map((p): TemplateParamInfo => ({
      name: p.name, label: p.label, description: p.description, required: p.required, type: p.type,
      default: p.default as TemplateParamInfo['default'], options: p.options as TemplateParamInfo['options'],
      min: p.min, max: p.max, fromPage: p.fromPage,
    })),
    sites: templateSites(t),
    examples: t.examples.flatMap((e) => (e.goal ? [e.goal] : [])),
  };
}

/** Handlers for template buttons: list, run with no model call, save a run as a template. */
export function templateHandlers(svc: Services, tabs: TabsApi, onActive: () => void): TemplateHandlers {
  return {
    'template.list': async () => svc.registry.list().map(summarize),
    async 'template.run'({ name, version, params, tabId }) {
      const template = svc.registry.get(name, version);
      if (!template) throw new PlanInvalid(`There is no template "${name}".`);
      const tab = await tabs.get(tabId).catch(() => null);
      if (!tab) throw new PlanInvalid('The tab for this run is closed.');
      const goal = `${template.title}: ${Object.entries(params).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(', ') : v}`).join('; ')}`;
      const plan = instantiateTemplate(template, params, { registry: svc.registry, goal });
      const run = await svc.orchestrator.start({ goal, tabId, startUrl: tab.url, params, plan, autoApprove: true });
      onActive();
      return { runId: run.id };
    },
    async 'template.saveFromRun'({ runId, name, title, params }) {
      const run = await svc.orchestrator.get(runId);
      if (!run) throw new PlanInvalid(`There is no run ${runId}.`);
      const template = templateFromRun(run, {
        name, title: title ?? name,
        paramChoices: params.map((p) => ({ paramName: p.name, path: `${p.stepId}.${p.field}`, value: p.value })),
      });
      const saved = await svc.registry.save(template);
      return { name: saved.name, version: saved.version };
    },
  };
}
