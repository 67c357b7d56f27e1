import type { BackgroundHandlers } from '../router';
import type { Services } from '../services';
import type { TabsApi } from '../tab-control';
import { restrictedReason } from '../restricted';
import { replayTab } from '../replay-tab';
import { ErrandError, PlanInvalid } from '../../core/errors';
import { failedStepId } from '../../core/engine';
import { instantiateTemplate } from '../../core/templates';
import type { RunRecord } from '../../core/run';

type RunHandlers = Pick<BackgroundHandlers,
  'run.start' | 'run.approve' | 'run.pause' | 'run.resume' | 'run.cancel' | 'run.retry' | 'run.answer' | 'run.skip' | 'run.pick' |
  'run.get' | 'run.list' | 'run.events' | 'run.delete' | 'run.replay' | 'panel.target'>;

/** Handlers for starting, steering and reading runs. `onActive` starts the keep-alive. */
export function runHandlers(svc: Services, tabs: TabsApi, onActive: () => void): RunHandlers {
  const o = svc.orchestrator;
  const started = async (run: Promise<RunRecord>) => {
    const r = await run;
    onActive();
    return { runId: r.id };
  };
  /** `name` or `name@version` of a saved template, filled in with `params` (no model call). */
  const templatePlan = (ref: string, goal: string, params: Record<string, unknown>) => {
    const [name, version] = ref.split('@');
    const t = svc.registry.get(name, version || undefined);
    if (!t) throw new PlanInvalid(`There is no template "${ref}".`);
    return instantiateTemplate(t, params, { registry: svc.registry, goal });
  };
  /** Runs that are missing are a clear error, not a silent null. */
  const existing = async (runId: string) => {
    const run = await o.get(runId);
    if (!run) throw new PlanInvalid(`There is no run ${runId}: it may have been deleted.`);
    return run;
  };

  return {
    async 'run.start'({ goal, tabId, params, autoApprove, template }) {
      const tab = await tabs.get(tabId).catch(() => null);
      if (!tab) throw new PlanInvalid('The tab for this run is closed. Open the page again and retry.');
      const plan = template ? templatePlan(template, goal, params ?? {}) : undefined;
      // Start even on a restricted page: the run is kept and its first page step explains the problem.
      const run = await o.start({ goal, tabId, startUrl: tab.url, params, autoApprove, plan });
      await svc.explainPlanningFailure(run);
      onActive();
      return { runId: run.id };
    },
    'run.approve': ({ runId, plan }) => started(o.approve(runId, plan)),
    'run.pause': async ({ runId }) => ({ runId: (await o.pause(runId)).id }),
    // A run waiting to open a new site stays paused on resume: only an explicit "Allow" (run.answer) lets it go there.
    'run.resume': async ({ runId }) => started(o.resume((await existing(runId)).id)),
    'run.cancel': async ({ runId }) => ({ runId: (await o.cancel(runId)).id }),
    async 'run.retry'({ runId }) {
      const run = await existing(runId);
      if (run.status === 'interrupted') return started(o.resume(runId));
      // A failed run starts again as a new run from its plan (the failed one stays in history).
      if (run.status === 'failed' && run.plan) return started(o.replay(runId));
      return started(o.retry(runId));
    },
    async 'run.answer'({ runId, value }) {
      const run = await existing(runId);
      if (run.pending?.kind === 'origin' && run.pending.origin && value === true) return started(o.approveOrigin(runId, run.pending.origin));
      return started(o.answer(runId, value));
    },
    'run.skip': ({ runId }) => started(o.skip(runId)),
    // Issue 7: the person shows Errand the element its failed step should use, then the step runs again.
    async 'run.pick'({ runId }) {
      const run = await existing(runId);
      const stepId = failedStepId(run);
      if (!stepId || run.tabId === undefined) throw new ErrandError('Only a run paused on a failed step can take a picked element.', 'validation', { runId, status: run.status });
      await tabs.update(run.tabId, { active: true }).catch(() => undefined);
      const outcome = await svc.pickElement(run.tabId);
      if (!outcome.picked) return { runId, picked: false, reason: outcome.reason };
      await o.repoint(runId, stepId, outcome.locator);
      return { ...(await started(o.retry(runId))), picked: true };
    },
    'run.get': async ({ runId }) => (await o.get(runId)) ?? null,
    'run.list': ({ status, limit }) => o.list({ status: status as RunRecord['status'] | undefined, limit: limit ?? 100 }),
    'run.events': ({ runId, afterSeq }) => o.events(runId, afterSeq),
    async 'run.delete'({ runId }) {
      const run = await existing(runId);
      if (['running', 'planning'].includes(run.status)) await o.cancel(runId);
      await svc.store.deleteRun(runId);
      return { runId };
    },
    async 'run.replay'({ runId, tabId }) {
      const run = await existing(runId);
      return started(o.replay(runId, { tabId: await replayTab(tabs, run, tabId) }));
    },
    async 'panel.target'({ tabId }) {
      const tab = tabId !== undefined
        ? await tabs.get(tabId).catch(() => null)
        : (await tabs.query({ active: true, currentWindow: true })).find((t) => !t.url?.startsWith('chrome-extension://')) ?? null;
      if (!tab?.id) return { tabId: null, url: null, title: null, restricted: 'No tab is selected.' };
      // The browser hides the URL of tabs Errand may not touch (chrome:// pages, sites not granted yet).
      const hidden = 'Errand cannot act on browser pages like chrome://, and has no access to this tab. Open a web page, or right-click it and choose "Automate this page".';
      return { tabId: tab.id, url: tab.url ?? null, title: (tab as { title?: string }).title ?? null, restricted: tab.url ? restrictedReason(tab.url) : hidden };
    },
  };
}
